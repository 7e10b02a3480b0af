/**
 * The sync protocol's messages. A device records each change as a mutation (client id, device,
 * per-device sequence, device time), keeps it in its outbox, and pushes batches; the server
 * applies each mutation exactly once, in per-device order, and answers per mutation.
 */
import * as z from "zod/mini";

export const MutationSchema = z.strictObject({
  /** Client-generated, time-ordered id (UUID v7): the idempotency key. */
  id: z.uuid(),
  deviceId: z.uuid(),
  /** 1, 2, 3… per device, without gaps: the server applies in this order. */
  seq: z.number().check(z.int(), z.gte(1)),
  /** The device's clock when the person acted (ISO 8601). */
  deviceTime: z.iso.datetime({ offset: true }),
  /**
   * What the change is and what it carries are judged per change by the server (an unknown kind or
   * a bad payload is rejected, and the changes behind it go on): a push is refused whole only when
   * it cannot be put in order.
   */
  kind: z.string(),
  payload: z.custom<Record<string, unknown>>(() => true),
});
export type Mutation = z.infer<typeof MutationSchema>;

export const PushRequestSchema = z.strictObject({
  deviceId: z.uuid(),
  mutations: z.array(MutationSchema).check(z.minLength(1), z.maxLength(500)),
});
export type PushRequest = z.infer<typeof PushRequestSchema>;

export const MutationResultSchema = z.object({
  id: z.uuid(),
  seq: z.number().check(z.int()),
  /** `applied` and `rejected` are final: the device drops the mutation from its outbox. */
  status: z.enum(["applied", "rejected", "deferred"]),
  code: z.optional(z.string()),
  message: z.optional(z.string()),
});
export type MutationResult = z.infer<typeof MutationResultSchema>;

export const PushResponseSchema = z.object({
  results: z.array(MutationResultSchema),
  /** Highest sequence number of this device the server has settled. */
  lastSeq: z.number().check(z.int()),
  serverTime: z.iso.datetime(),
});
export type PushResponse = z.infer<typeof PushResponseSchema>;
