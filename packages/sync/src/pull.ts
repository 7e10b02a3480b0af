/** What a device pulls: changes of its rounds since its cursor, or an order to download them again. */
import * as z from "zod/mini";
import { PartnerTakingsSchema, TakingsSchema } from "./round.js";

export const FeedChangeSchema = z.object({
  cursor: z.string(),
  tourId: z.nullable(z.uuid()),
  kind: z.string(),
  entityId: z.uuid(),
  payload: z.record(z.string(), z.unknown()),
  at: z.iso.datetime(),
});
export type FeedChange = z.infer<typeof FeedChangeSchema>;

export const PullResponseSchema = z.object({
  /** The cursor is unknown or too old: download the rounds again (GET /api/tours/{id}/round). */
  resync: z.boolean(),
  cursor: z.string(),
  changes: z.array(FeedChangeSchema),
  /** The driver's current rounds with their version: a newer version than the device's means re-download. */
  tours: z.array(z.object({ id: z.uuid(), version: z.number().check(z.int()), status: z.string(), date: z.string(), takings: TakingsSchema, takingsFor: z._default(PartnerTakingsSchema, []) })),
  /** The driver's rounds a coordinator handed to another driver (a sick day): the device forgets them and says so. */
  reassigned: z._default(z.array(z.object({ id: z.uuid(), date: z.string() })), []),
  serverTime: z.iso.datetime(),
});
export type PullResponse = z.infer<typeof PullResponseSchema>;
