/**
 * What "prepare my round" downloads: the round, need-to-know data only — what to hand over and the
 * amount to collect per order, never eligibility, a rate or a unit price (unit prices differ between
 * households for the same product: they would tell who pays the social price).
 */
import { z } from "zod";

const id = z.uuid();

export const RoundLineSchema = z.object({
  id,
  productName: z.string(),
  unit: z.string(),
  compartment: z.string(),
  quantity: z.number().int(),
  deliveredQuantity: z.number().int().nullable(),
  /** What the producer did not deliver of it (counted short at the farm or the warehouse): not to hand over, not charged (absent: none, or a round downloaded before). */
  short: z.number().int().optional(),
  /** The product, to share a farm's shortfall out on the phone offline (absent from rounds downloaded before). */
  productId: id.optional(),
});

export const RoundOrderSchema = z.object({
  id,
  status: z.string(),
  household: z.object({ id, name: z.string(), accessNotes: z.string().nullable() }),
  lines: z.array(RoundLineSchema),
  /** For what was handed over (the whole order before handover), from the shared price code (`amountDue`). */
  dueCents: z.number().int(),
  paidCents: z.number().int(),
  outcome: z.string().nullable(),
  /** The partner organisation the order is carried for on this round (a pooled round); null: the round's own. */
  carriedFor: z.string().nullable().default(null),
});
export type RoundOrder = z.infer<typeof RoundOrderSchema>;

export const RoundPassageSchema = z.object({
  id,
  sequence: z.number().int().nullable(),
  kind: z.enum(["halt", "home_drop"]),
  stopName: z.string(),
  city: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  accessNotes: z.string().nullable(),
  windowStart: z.iso.datetime(),
  windowEnd: z.iso.datetime(),
  plannedArrival: z.iso.datetime().nullable(),
  outcome: z.string(),
  arrivedAt: z.iso.datetime().nullable(),
  orders: z.array(RoundOrderSchema),
});
export type RoundPassage = z.infer<typeof RoundPassageSchema>;

/** A stop at a bakery or a farm: the crates to load and for which stops; numbered like the passages. */
export const RoundPickupSchema = z.object({
  /** Bread at a bakery, or a producer's goods at its farm (rounds downloaded before farms were collected: bakery). */
  source: z.enum(["bakery", "farm"]).default("bakery"),
  sequence: z.number().int(),
  /** The site loaded at (absent from rounds downloaded before farms' receipts were counted). */
  siteId: id.optional(),
  siteName: z.string(),
  address: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  plannedArrival: z.iso.datetime().nullable(),
  crates: z.number().int(),
  products: z.array(z.object({
    productId: id.optional(),
    productName: z.string(),
    unit: z.string(),
    quantity: z.number().int(),
    /** At a farm, what the server has recorded as received (null: not counted yet). */
    received: z.number().int().nullable().optional(),
  })),
  stops: z.array(z.object({ sequence: z.number().int().nullable(), stopName: z.string(), quantity: z.number().int() })),
});
export type RoundPickup = z.infer<typeof RoundPickupSchema>;

/** A multi-trip round's return to its depot to load the next trip, right before the stop numbered `beforeSequence`. */
export const RoundReloadSchema = z.object({
  trip: z.number().int().min(2),
  beforeSequence: z.number().int().min(0),
  siteName: z.string(),
  plannedArrival: z.iso.datetime(),
  /** What leaves loaded for the trip, per compartment (litres; crates of bread). */
  load: z.record(z.string(), z.number()),
  /** Where the depot is, for the map (absent from rounds downloaded before this was sent). */
  latitude: z.number().optional(),
  longitude: z.number().optional(),
});
export type RoundReload = z.infer<typeof RoundReloadSchema>;

/** Money the server recorded for a round, per payment method, in cents (overpayments held out). */
export const TakingsSchema = z.object({ cash: z.number().int(), card: z.number().int(), voucher: z.number().int(), credit: z.number().int() });
export type Takings = z.infer<typeof TakingsSchema>;

/** The part of a round's takings collected for each partner it carries for (included in `takings`). */
export const PartnerTakingsSchema = z.array(z.object({ organisationName: z.string(), takings: TakingsSchema }));
export type PartnerTakings = z.infer<typeof PartnerTakingsSchema>;

export const RoundSchema = z.object({
  tour: z.object({
    id,
    date: z.iso.date(),
    version: z.number().int(),
    status: z.string(),
    vehicleName: z.string().nullable(),
    /** Encoded polyline, precision 6. */
    geometry: z.string().nullable(),
    plannedDistanceM: z.number().int().nullable(),
    plannedDurationS: z.number().int().nullable(),
    /** Where the planned times come from (osrm, estimate, mixed) and the line (osrm: roads; estimate: straight). */
    routingProvider: z.enum(["osrm", "estimate", "mixed"]).nullable().default(null),
    estimatedShare: z.number().min(0).max(1).nullable().default(null),
    geometryProvider: z.enum(["osrm", "estimate", "mixed"]).nullable().default(null),
    /** Departure from the depot and return to it, as planned. */
    plannedStart: z.iso.datetime().nullable().default(null),
    plannedEnd: z.iso.datetime().nullable().default(null),
  }),
  passages: z.array(RoundPassageSchema),
  /** Where bread and farm goods are loaded (absent from rounds downloaded before this was sent). */
  pickups: z.array(RoundPickupSchema).optional(),
  /** Returns to the depot to reload between trips (absent from rounds downloaded before this was sent). */
  reloads: z.array(RoundReloadSchema).optional(),
  /** What the server has recorded for this round when it was downloaded (pulls bring it up to date). */
  takings: TakingsSchema,
  /** Of `takings`, what was collected for partners (absent from rounds downloaded before this was sent). */
  takingsFor: PartnerTakingsSchema.default([]),
  /**
   * The deployment's map background (the API's `MapBackground`: raster tiles, or self-hosted
   * vector tiles), and whether its terms allow prefetching a corridor.
   */
  tiles: z
    .object({ kind: z.enum(["raster", "vector"]).default("raster"), url: z.string(), attribution: z.string(), maxZoom: z.number().int().default(19), prefetchAllowed: z.boolean() })
    .nullable(),
  /** Pull from here to get what changed after this download. */
  cursor: z.string(),
  downloadedAt: z.iso.datetime(),
});
export type Round = z.infer<typeof RoundSchema>;
