/** The producer's calls, each answer checked against the domain's schemas. */
import { ProducerWeekSchema, SupplyInputSchema } from "@tournee/domain";
import { api } from "../api/client";

export const producerApi = {
  week: () => api.get("/api/producer/week", (b) => ProducerWeekSchema.parse(b)),
  declare: (buyerId: string, date: string, lines: { offerId: string; quantity: number }[]) =>
    api.send("PUT", "/api/producer/supply", { buyerId, date, lines }, (b) => SupplyInputSchema.parse(b)),
  purchaseOrderUrl: (producerId: string, buyerId: string, date: string) =>
    `/api/purchase-order?${new URLSearchParams({ producerId, buyerId, date }).toString()}`,
};
