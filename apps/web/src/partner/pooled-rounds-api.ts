/** Pooled rounds' calls, each answer checked against the domain's schemas. */
import { CreditClaimSchema, PartnershipSchema, PartnershipsOverviewSchema, PooledDeliveriesSchema, PooledDeliveryPlacedSchema, PooledDeskSchema, PooledStatementSchema, SharedPassageSchema, type PartnershipCreate, type PooledDeliveryCreate } from "@tournee/domain";
import * as z from "zod/mini";
import { api } from "../api/client";

export const pooledRoundsApi = {
  overview: () => api.get("/api/partnerships", (b) => PartnershipsOverviewSchema.parse(b)),
  propose: (input: PartnershipCreate) => api.send("POST", "/api/partnerships", input, (b) => PartnershipSchema.parse(b)),
  accept: (id: string) => api.send("POST", `/api/partnerships/${id}/accept`, undefined, (b) => PartnershipSchema.parse(b)),
  decline: (id: string) => api.send("POST", `/api/partnerships/${id}/decline`, undefined, (b) => PartnershipSchema.parse(b)),
  end: (id: string, reason: string) => api.send("POST", `/api/partnerships/${id}/end`, { reason }, (b) => PartnershipSchema.parse(b)),
  deliveries: (id: string) => api.get(`/api/partnerships/${id}/deliveries`, (b) => PooledDeliveriesSchema.parse(b)),
  statement: (id: string, month: string) => api.get(`/api/partnerships/${id}/statement?month=${month}`, (b) => PooledStatementSchema.parse(b)),
  postStatement: (id: string, month: string) => api.send("POST", `/api/partnerships/${id}/statements/${month}/post`, undefined, (b) => CreditClaimSchema.parse(b)),
  desk: (id: string) => api.get(`/api/partnerships/${id}/desk`, (b) => PooledDeskSchema.parse(b)),
  householdPassages: (householdId: string) => api.get(`/api/households/${householdId}/shared-passages`, (b) => z.array(SharedPassageSchema).parse(b)),
  place: (id: string, delivery: PooledDeliveryCreate) => api.send("POST", `/api/partnerships/${id}/deliveries`, delivery, (b) => PooledDeliveryPlacedSchema.parse(b)),
};
