/** Receipts at the farms and at the warehouse, delivery notes and statements between a grocery and its producers, each answer checked against the domain's schemas. */
import { DropChecklistSchema, FarmReceiptsSchema, ProducerStatementsSchema, type DropReceiptInput } from "@tournee/domain";
import { api } from "../api/client";

const query = (params: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined)).toString();

export const supplyApi = {
  statements: (month: string, producerId?: string) => api.get(`/api/supply/statements?${query({ month, producerId })}`, (b) => ProducerStatementsSchema.parse(b)),
  receipts: (month: string) => api.get(`/api/supply/receipts?${query({ month })}`, (b) => FarmReceiptsSchema.parse(b)),
  correctReceipt: (id: string, received: number, note: string | null) => api.send("PATCH", `/api/supply/receipts/${id}`, { received, note }, (b) => FarmReceiptsSchema.parse(b)),
  drops: (date?: string) => api.get(`/api/supply/drops?${query({ date })}`, (b) => DropChecklistSchema.parse(b)),
  recordDrop: (input: DropReceiptInput) => api.send("POST", "/api/supply/drops", input, (b) => DropChecklistSchema.parse(b)),
  dropSheetUrl: (date: string) => `/api/supply/drops/sheet?${query({ date })}`,
  statementCsvUrl: (month: string, producerId: string, buyerId: string) => `/api/supply/statement.csv?${query({ month, producerId, buyerId })}`,
  deliveryNoteUrl: (producerId: string, buyerId: string, date: string) => `/api/delivery-note?${query({ producerId, buyerId, date })}`,
};
