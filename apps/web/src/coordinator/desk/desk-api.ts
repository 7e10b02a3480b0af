/** The calls of the coordinators' order desk, each answer checked against the domain's schemas. */
import { HouseholdHistorySchema, HouseholdPassageSchema, NonOrderersSchema, OrderSchema, PlacedOrderSchema, RepeatedOrderSchema } from "@tournee/domain";
import * as z from "zod/mini";
import { api } from "../../api/client";

export interface DeskLine {
  offerId: string;
  quantity: number;
}

/** How the order reached the coordinator, and why it is taken after the cutoff (only then). */
export interface DeskEntry {
  channel: "phone" | "paper";
  lateReason?: string | undefined;
}

const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;
const entry = ({ channel, lateReason }: DeskEntry) => ({ channel, ...(lateReason ? { lateReason } : {}) });

export const deskApi = {
  nonOrderers: (passageId: string) => api.get(`/api/passages/${passageId}/non-orderers`, (b) => NonOrderersSchema.parse(b)),
  history: (householdId: string) => api.get(`/api/households/${householdId}/history`, (b) => HouseholdHistorySchema.parse(b)),
  passages: (householdId: string) => api.get(`/api/passages${q({ householdId })}`, (b) => z.array(HouseholdPassageSchema).parse(b)),
  order: (id: string) => api.get(`/api/orders/${id}`, (b) => OrderSchema.parse(b)),
  place: (householdId: string, passageId: string, lines: DeskLine[], how: DeskEntry) =>
    api.send("POST", "/api/orders", { householdId, passageId, lines, ...entry(how) }, (b) => PlacedOrderSchema.parse(b)),
  change: (id: string, version: number, lines: DeskLine[], how: DeskEntry) => api.send("PATCH", `/api/orders/${id}`, { lines, version, ...entry(how) }, (b) => PlacedOrderSchema.parse(b)),
  cancel: (id: string) => api.send("POST", `/api/orders/${id}/cancel`, undefined, (b) => OrderSchema.parse(b)),
  repeat: (householdId: string, passageId: string, how: DeskEntry) =>
    api.send("POST", "/api/orders/repeat", { householdId, passageId, ...entry(how) }, (b) => RepeatedOrderSchema.parse(b)),
};

/** Where a household's paper slip for its next passage prints, and a passage's slips for every household expected. */
export const slipUrls = {
  household: (householdId: string, paper: "a4" | "a5") => `/api/households/${householdId}/order-slip${q({ paper })}`,
  passage: (passageId: string, paper: "a4" | "a5") => `/api/passages/${passageId}/order-slips${q({ paper })}`,
};
