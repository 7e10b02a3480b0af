/**
 * What "prepare my round" downloads: the round, need-to-know data only — what to hand over and the
 * amount to collect per order, never eligibility, a rate or a unit price (unit prices differ between
 * households for the same product: they would tell who pays the social price).
 */
import * as z from "zod/mini";

const id = z.uuid();

export const RoundLineSchema = z.object({
  id,
  productName: z.string(),
  unit: z.string(),
  compartment: z.string(),
  quantity: z.number().check(z.int()),
  deliveredQuantity: z.nullable(z.number().check(z.int())),
  /** What the producer did not deliver of it (counted short at the farm or the warehouse): not to hand over, not charged (absent: none, or a round downloaded before). */
  short: z.optional(z.number().check(z.int())),
  /** The product, to share a farm's shortfall out on the phone offline (absent from rounds downloaded before). */
  productId: z.optional(id),
});

export const RoundOrderSchema = z.object({
  id,
  status: z.string(),
  household: z.object({ id, name: z.string(), accessNotes: z.nullable(z.string()) }),
  lines: z.array(RoundLineSchema),
  /** For what was handed over (the whole order before handover), from the shared price code (`amountDue`). */
  dueCents: z.number().check(z.int()),
  paidCents: z.number().check(z.int()),
  outcome: z.nullable(z.string()),
  /** The partner organisation the order is carried for on this round (a pooled round); null: the round's own. */
  carriedFor: z._default(z.nullable(z.string()), null),
});
export type RoundOrder = z.infer<typeof RoundOrderSchema>;

export const RoundPassageSchema = z.object({
  id,
  sequence: z.nullable(z.number().check(z.int())),
  kind: z.enum(["halt", "home_drop"]),
  stopName: z.string(),
  city: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  accessNotes: z.nullable(z.string()),
  windowStart: z.iso.datetime(),
  windowEnd: z.iso.datetime(),
  plannedArrival: z.nullable(z.iso.datetime()),
  outcome: z.string(),
  arrivedAt: z.nullable(z.iso.datetime()),
  orders: z.array(RoundOrderSchema),
});
export type RoundPassage = z.infer<typeof RoundPassageSchema>;

/** A stop at a bakery or a farm: the crates to load and for which stops; numbered like the passages. */
export const RoundPickupSchema = z.object({
  /** Bread at a bakery, or a producer's goods at its farm (rounds downloaded before farms were collected: bakery). */
  source: z._default(z.enum(["bakery", "farm"]), "bakery"),
  sequence: z.number().check(z.int()),
  /** The site loaded at (absent from rounds downloaded before farms' receipts were counted). */
  siteId: z.optional(id),
  siteName: z.string(),
  address: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  plannedArrival: z.nullable(z.iso.datetime()),
  crates: z.number().check(z.int()),
  products: z.array(z.object({
    productId: z.optional(id),
    productName: z.string(),
    unit: z.string(),
    quantity: z.number().check(z.int()),
    /** At a farm, what the server has recorded as received (null: not counted yet). */
    received: z.optional(z.nullable(z.number().check(z.int()))),
  })),
  stops: z.array(z.object({ sequence: z.nullable(z.number().check(z.int())), stopName: z.string(), quantity: z.number().check(z.int()) })),
});
export type RoundPickup = z.infer<typeof RoundPickupSchema>;

/** A multi-trip round's return to its depot to load the next trip, right before the stop numbered `beforeSequence`. */
export const RoundReloadSchema = z.object({
  trip: z.number().check(z.int(), z.gte(2)),
  beforeSequence: z.number().check(z.int(), z.gte(0)),
  siteName: z.string(),
  plannedArrival: z.iso.datetime(),
  /** What leaves loaded for the trip, per compartment (litres; crates of bread). */
  load: z.record(z.string(), z.number()),
  /** Where the depot is, for the map (absent from rounds downloaded before this was sent). */
  latitude: z.optional(z.number()),
  longitude: z.optional(z.number()),
});
export type RoundReload = z.infer<typeof RoundReloadSchema>;

/** Money the server recorded for a round, per payment method, in cents (overpayments held out). */
export const TakingsSchema = z.object({ cash: z.number().check(z.int()), card: z.number().check(z.int()), voucher: z.number().check(z.int()), credit: z.number().check(z.int()) });
export type Takings = z.infer<typeof TakingsSchema>;

/** The part of a round's takings collected for each partner it carries for (included in `takings`). */
export const PartnerTakingsSchema = z.array(z.object({ organisationName: z.string(), takings: TakingsSchema }));
export type PartnerTakings = z.infer<typeof PartnerTakingsSchema>;

export const RoundSchema = z.object({
  tour: z.object({
    id,
    date: z.iso.date(),
    version: z.number().check(z.int()),
    status: z.string(),
    vehicleName: z.nullable(z.string()),
    /** Encoded polyline, precision 6. */
    geometry: z.nullable(z.string()),
    plannedDistanceM: z.nullable(z.number().check(z.int())),
    plannedDurationS: z.nullable(z.number().check(z.int())),
    /** Where the planned times come from (osrm, estimate, mixed) and the line (osrm: roads; estimate: straight). */
    routingProvider: z._default(z.nullable(z.enum(["osrm", "estimate", "mixed"])), null),
    estimatedShare: z._default(z.nullable(z.number().check(z.gte(0), z.lte(1))), null),
    geometryProvider: z._default(z.nullable(z.enum(["osrm", "estimate", "mixed"])), null),
    /** Departure from the depot and return to it, as planned. */
    plannedStart: z._default(z.nullable(z.iso.datetime()), null),
    plannedEnd: z._default(z.nullable(z.iso.datetime()), null),
  }),
  passages: z.array(RoundPassageSchema),
  /** Where bread and farm goods are loaded (absent from rounds downloaded before this was sent). */
  pickups: z.optional(z.array(RoundPickupSchema)),
  /** Returns to the depot to reload between trips (absent from rounds downloaded before this was sent). */
  reloads: z.optional(z.array(RoundReloadSchema)),
  /** What the server has recorded for this round when it was downloaded (pulls bring it up to date). */
  takings: TakingsSchema,
  /** Of `takings`, what was collected for partners (absent from rounds downloaded before this was sent). */
  takingsFor: z._default(PartnerTakingsSchema, []),
  /**
   * The deployment's map background (the API's `MapBackground`: raster tiles, or self-hosted
   * vector tiles), and whether its terms allow prefetching a corridor.
   */
  tiles: z.nullable(z.object({ kind: z._default(z.enum(["raster", "vector"]), "raster"), url: z.string(), attribution: z.string(), maxZoom: z._default(z.number().check(z.int()), 19), prefetchAllowed: z.boolean() })),
  /** Pull from here to get what changed after this download. */
  cursor: z.string(),
  downloadedAt: z.iso.datetime(),
});
export type Round = z.infer<typeof RoundSchema>;
