/** The calls a resident (or whoever orders for them) makes, each answer checked against the domain's schemas. */
import { ArrivalSchema, CatalogueSchema, HouseholdPassageSchema, OrderSchema, PlacedOrderSchema, RepeatedOrderSchema } from "@tournee/domain";
import * as z from "zod/mini";
import { api } from "../api/client";

export interface BasketLine {
  offerId: string;
  quantity: number;
}

/**
 * A passage as the resident sees it: `plannedArrival` is the time told once the round is published,
 * `arrivalSource` whether it was computed on roads or estimated at a straight line, `previousArrival`
 * the time told before when the latest publication moved it by more than 15 minutes, `delay` how late
 * its round under way runs.
 */
export const ResidentPassageSchema = z.extend(HouseholdPassageSchema, {
  plannedArrival: z.optional(z.nullable(HouseholdPassageSchema.shape.windowStart)),
  arrivalSource: z.optional(ArrivalSchema.shape.source),
  previousArrival: z.optional(z.nullable(HouseholdPassageSchema.shape.windowStart)),
  delay: ArrivalSchema.shape.delay,
});
export type ResidentPassage = ReturnType<typeof ResidentPassageSchema.parse>;

const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

export const residentApi = {
  arrivals: (householdId: string) => api.get(`/api/arrivals${q({ householdId })}`, (b) => z.array(ArrivalSchema).parse(b)),
  passages: (householdId: string) => api.get(`/api/passages${q({ householdId })}`, (b) => z.array(ResidentPassageSchema).parse(b)),
  catalogue: (passageId: string, householdId: string) => api.get(`/api/passages/${passageId}/catalogue${q({ householdId })}`, (b) => CatalogueSchema.parse(b)),
  order: (id: string) => api.get(`/api/orders/${id}`, (b) => OrderSchema.parse(b)),
  place: (householdId: string, passageId: string, lines: BasketLine[]) => api.send("POST", "/api/orders", { householdId, passageId, lines }, (b) => PlacedOrderSchema.parse(b)),
  change: (id: string, lines: BasketLine[], version?: number) =>
    api.send("PATCH", `/api/orders/${id}`, version === undefined ? { lines } : { lines, version }, (b) => PlacedOrderSchema.parse(b)),
  cancel: (id: string) => api.send("POST", `/api/orders/${id}/cancel`, undefined, (b) => OrderSchema.parse(b)),
  repeat: (householdId: string, passageId: string) => api.send("POST", "/api/orders/repeat", { householdId, passageId }, (b) => RepeatedOrderSchema.parse(b)),
};
