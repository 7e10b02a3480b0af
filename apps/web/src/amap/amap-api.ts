/** The AMAP calls (members, the AMAP's coordinators, producers), each answer checked against the domain's schemas. */
import {
  AmapCandidatesSchema, AmapContractChoicesSchema, type AmapContractPatch, type AmapSkipRule, AmapCompositionSchema, AmapContractDetailSchema, AmapContractSchema, AmapDistributionSchema, AmapMemberBasketsSchema, AmapMemberSchema, AmapProducerPlanSchema,
} from "@tournee/domain";
import * as z from "zod/mini";
import { api } from "../api/client";

const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

export const amapApi = {
  baskets: (householdId: string) => api.get(`/api/amap/baskets${q({ householdId })}`, (b) => AmapMemberBasketsSchema.parse(b)),
  skip: (subscriptionId: string, week: string, skipped: boolean) =>
    api.send(skipped ? "PUT" : "DELETE", `/api/amap/subscriptions/${subscriptionId}/skips/${week}`, undefined, (b) => AmapMemberSchema.parse(b)),
  contracts: () => api.get("/api/amap/contracts", (b) => z.array(AmapContractSchema).parse(b)),
  choices: () => api.get("/api/amap/contract-choices", (b) => AmapContractChoicesSchema.parse(b)),
  create: (input: { producerId: string; carrierId: string; name: string; firstDate: string; lastDate: string; everyWeeks: number; skipRule: AmapSkipRule; sizes: { name: string; priceCents: number }[] }) =>
    api.send("POST", "/api/amap/contracts", input, (b) => AmapContractSchema.parse(b)),
  change: (id: string, input: AmapContractPatch) => api.send("PATCH", `/api/amap/contracts/${id}`, input, (b) => AmapContractSchema.parse(b)),
  contract: (id: string) => api.get(`/api/amap/contracts/${id}`, (b) => AmapContractDetailSchema.parse(b)),
  candidates: (id: string) => api.get(`/api/amap/contracts/${id}/candidates`, (b) => AmapCandidatesSchema.parse(b)),
  distribution: (id: string, week: string | undefined) =>
    api.get(`/api/amap/contracts/${id}/distribution${week ? q({ week }) : ""}`, (b) => AmapDistributionSchema.parse(b)),
  subscribe: (input: { contractId: string; householdId: string; sizeId: string; stopId: string; solidarity: boolean }) =>
    api.send("POST", "/api/amap/subscriptions", input, (b) => AmapMemberSchema.parse(b)),
  changeMember: (subscriptionId: string, patch: { sizeId?: string; stopId?: string; solidarity?: boolean; ended?: boolean }) =>
    api.send("PATCH", `/api/amap/subscriptions/${subscriptionId}`, patch, (b) => AmapMemberSchema.parse(b)),
  producerPlan: () => api.get("/api/amap/producer", (b) => AmapProducerPlanSchema.parse(b)),
  announce: (contractId: string, week: string, text: string) =>
    api.send("PUT", `/api/amap/contracts/${contractId}/compositions/${week}`, { text }, (b) => AmapCompositionSchema.parse(b)),
};
