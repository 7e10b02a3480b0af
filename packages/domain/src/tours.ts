import * as z from "zod/mini";
import { LocalDateSchema } from "./common.js";
import { ROUTING_SOURCES, STOP_KINDS, TOUR_STATUSES } from "./vocabulary.js";

export const TourListQuerySchema = z.strictObject({
  from: z.optional(LocalDateSchema),
  to: z.optional(LocalDateSchema),
});

export const TourSummarySchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  date: LocalDateSchema,
  status: z.enum(TOUR_STATUSES),
  version: z.number().check(z.int()),
  vehicle: z.nullable(z.object({ id: z.uuid(), name: z.string() })),
  driver: z.nullable(z.object({ id: z.uuid(), displayName: z.string() })),
  passageCount: z.number().check(z.int()),
  /** Where the planned times come from; null before planning. Show it wherever the times are read. */
  routingProvider: z.nullable(z.enum(ROUTING_SOURCES)),
  /** Share (0–1) of the tour's legs whose times are estimated. */
  estimatedShare: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  /** Departure from the vehicle's home site and return to it, as planned. */
  plannedStart: z.nullable(z.iso.datetime()),
  plannedEnd: z.nullable(z.iso.datetime()),
  plannedDistanceM: z.nullable(z.number().check(z.int())),
});
export type TourSummary = z.infer<typeof TourSummarySchema>;

/** What a driver needs at a stop: who gets what, and how to reach them. Never eligibility or social prices. */
export const HandoverItemSchema = z.object({
  orderId: z.uuid(),
  household: z.object({ id: z.uuid(), name: z.string(), accessNotes: z.nullable(z.string()) }),
  lines: z.array(z.object({ productName: z.string(), unit: z.string(), compartment: z.string(), quantity: z.number().check(z.int()) })),
  status: z.string(),
});

export const TourPassageSchema = z.object({
  id: z.uuid(),
  sequence: z.nullable(z.number().check(z.int())),
  stop: z.object({
    id: z.uuid(),
    kind: z.enum(STOP_KINDS),
    name: z.string(),
    city: z.string(),
    latitude: z.number(),
    longitude: z.number(),
    accessNotes: z.nullable(z.string()),
  }),
  windowStart: z.iso.datetime(),
  windowEnd: z.iso.datetime(),
  plannedArrival: z.nullable(z.iso.datetime()),
  plannedDeparture: z.nullable(z.iso.datetime()),
  /** While its round is under way and late by more than 15 minutes: when the truck is now expected. */
  expectedArrival: z.optional(z.nullable(z.iso.datetime())),
  outcome: z.string(),
  handovers: z.array(HandoverItemSchema),
  /** Load per compartment after this stop (litres; crates of bread), as planned. */
  loadAfter: z.optional(z.nullable(z.record(z.string(), z.number()))),
});

/** Collecting bread at a bakery or farm goods at a farm, or handing them over at a passage (possibly another tour's). */
export const TourBreadStepSchema = z.object({
  id: z.uuid(),
  kind: z.enum(["bread_pickup", "bread_delivery", "farm_pickup", "farm_delivery"]),
  sequence: z.number().check(z.int()),
  passageId: z.uuid(),
  crates: z.number().check(z.int()),
  plannedArrival: z.iso.datetime(),
  plannedDeparture: z.iso.datetime(),
  loadAfter: z.record(z.string(), z.number()),
});

/** One stop at a bakery: the crates to load, the breads, and how many go to each stop of the tour. */
export const TourPickupSchema = z.object({
  /** Bread at a bakery, or a producer's goods at its farm. */
  source: z.enum(["bakery", "farm"]),
  sequence: z.number().check(z.int()),
  siteName: z.string(),
  plannedArrival: z.nullable(z.iso.datetime()),
  crates: z.number().check(z.int()),
  products: z.array(z.object({ productName: z.string(), unit: z.string(), quantity: z.number().check(z.int()) })),
  stops: z.array(z.object({ sequence: z.nullable(z.number().check(z.int())), stopName: z.string(), quantity: z.number().check(z.int()) })),
});
export type TourPickup = z.infer<typeof TourPickupSchema>;

/**
 * Multi-trip: the vehicle goes back to its home site to load its next trip. It is not a numbered
 * stop: it comes right before the stop numbered `beforeSequence`, the first of trip `trip`.
 */
export const TourReloadSchema = z.object({
  /** The trip it opens: 2, 3, … */
  trip: z.number().check(z.int(), z.gte(2)),
  beforeSequence: z.number().check(z.int(), z.gte(0)),
  siteName: z.string(),
  plannedArrival: z.iso.datetime(),
  plannedDeparture: z.iso.datetime(),
  /** What leaves loaded for the trip, per compartment (litres; crates of bread). */
  load: z.record(z.string(), z.number()),
});
export type TourReload = z.infer<typeof TourReloadSchema>;

/** The trip (1, 2, …) of the stop numbered `sequence`, given its tour's reloads. */
export const tripOf = (sequence: number | null, reloads: readonly Pick<TourReload, "beforeSequence">[]): number =>
  1 + (sequence === null ? 0 : reloads.filter((r) => r.beforeSequence <= sequence).length);

export const TourDetailSchema = z.extend(TourSummarySchema, {
  geometry: z.nullable(z.string()),
  /** Where `geometry` comes from: along the roads (osrm) or straight segments between the stops (estimate). */
  geometryProvider: z.nullable(z.enum(ROUTING_SOURCES)),
  plannedDurationS: z.optional(z.nullable(z.number().check(z.int()))),
  /** How late the round under way runs, from its driver's synced arrivals, once beyond 15 minutes. */
  delayMinutes: z.optional(z.nullable(z.number().check(z.int()))),
  passages: z.array(TourPassageSchema),
  breadSteps: z.optional(z.array(TourBreadStepSchema)),
  /** The tour's stops at a bakery, numbered like its passages. */
  pickups: z.optional(z.array(TourPickupSchema)),
  /** Returns to the home site to reload, in driving order (empty unless the vehicle makes several trips). */
  reloads: z.optional(z.array(TourReloadSchema)),
});
export type TourDetail = z.infer<typeof TourDetailSchema>;

/**
 * Handing a round to another driver (a sick day): the round keeps its stops, their order and
 * times. Why it may not be handed over at all: a volunteer's own car goes out only with its owner
 * (`own_car`); a round started or closed (`started`) is re-planned after a breakdown instead.
 */
export const DRIVER_CHANGE_BLOCKS = ["own_car", "started"] as const;
/** Each driver of the organisation for that round: free, its driver now, not available that day, available at other hours only, or driving another round at that time. */
export const DRIVER_CHANGE_STATUSES = ["free", "current", "unavailable", "other_hours", "busy"] as const;
const ClockTimeSchema = z.string().check(z.regex(/^\d\d:\d\d$/));

export const RoundDriversSchema = z.object({
  tourId: z.uuid(),
  vehicle: z.nullable(z.object({ id: z.uuid(), name: z.string() })),
  driver: z.nullable(z.object({ id: z.uuid(), displayName: z.string() })),
  blocked: z.nullable(z.enum(DRIVER_CHANGE_BLOCKS)),
  /** Departure and return as planned, on the organisation's clock ("HH:MM"). */
  from: z.nullable(ClockTimeSchema),
  to: z.nullable(ClockTimeSchema),
  /** Free drivers first, then the others with why not; by name within each. */
  drivers: z.array(z.object({
    id: z.uuid(),
    displayName: z.string(),
    status: z.enum(DRIVER_CHANGE_STATUSES),
    /** The driver's hours that day (empty when not available). */
    hours: z.array(z.object({ from: ClockTimeSchema, to: ClockTimeSchema })),
    /** The round they already drive at that time (`busy`). */
    round: z.nullable(z.object({ vehicle: z.string(), from: z.nullable(ClockTimeSchema), to: z.nullable(ClockTimeSchema) })),
  })),
});
export type RoundDrivers = z.infer<typeof RoundDriversSchema>;

export const ChangeRoundDriverSchema = z.strictObject({
  driverId: z.uuid(),
  /**
   * Why the round changes hands: its driver is away that day (the default: they are recorded as not
   * available that day, a day off the fleet screen can remove) or two drivers swap (`swap`: their
   * availability stays as it is).
   */
  reason: z._default(z.enum(["absent", "swap"]), "absent"),
});
export type ChangeRoundDriver = z.infer<typeof ChangeRoundDriverSchema>;
