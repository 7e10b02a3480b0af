/** @tournee/sync — offline changes recorded on a device and applied exactly once by the server. */
export * from "./protocol.js";
export { uuidv7 } from "./uuid.js";
export { isFinal, type NewMutation, type Outbox } from "./outbox.js";
export { MemoryOutbox } from "./memory-outbox.js";
export { backoffDelay, type BackoffOptions } from "./backoff.js";
export { Pusher, type PushAnswer, type PushStep, type PusherOptions, type PusherState, type PushTransport } from "./pusher.js";
export { applyBatch, SequenceTaken, SERVER_ERROR, type ApplyPort, type BatchOptions, type BatchOutcome, type Decide, type Decision } from "./apply-batch.js";
export { MUTATION_KINDS, MUTATION_PAYLOADS, amountDue, isMutationKind, type DueLine, type MutationKind, type MutationPayload } from "./kinds.js";
export { PullResponseSchema, type PullResponse, type FeedChange } from "./pull.js";
export { RoundSchema, RoundPassageSchema, RoundOrderSchema, RoundLineSchema, RoundPickupSchema, RoundReloadSchema, type RoundReload, TakingsSchema, PartnerTakingsSchema, type PartnerTakings, type Round, type RoundPickup, type RoundOrder, type RoundPassage, type Takings } from "./round.js";
