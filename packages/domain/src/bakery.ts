/**
 * What a solidarity bakery reads about its bread: how much of each is ordered for a bake day,
 * on which rounds (its own and its partners'), at which halts, and when each round collects it;
 * its catalogue and who offers it. A grocery reads the same figures for the bread its own rounds
 * carry (`BreadDay`, one use case: apps/api/src/use-cases/bakery/bread-days.ts).
 */
import * as z from "zod/mini";
import { IdSchema, LocalDateSchema } from "./common.js";
import { ProductSchema } from "./catalogue.js";
import { ORGANISATION_KINDS, STOP_KINDS, TOUR_STATUSES } from "./vocabulary.js";

export const BreadQuantitySchema = z.object({ productId: IdSchema, productName: z.string(), unit: z.string(), quantity: z.number().check(z.int()) });
export type BreadQuantity = z.infer<typeof BreadQuantitySchema>;

/** A halt (or a home drop, named only to the organisation that delivers it) and the bread ordered for it. */
export const BreadStopSchema = z.object({
  passageId: IdSchema,
  kind: z.enum(STOP_KINDS),
  /** Null for a partner's home drop: a household's name is not the bakery's to know. */
  name: z.nullable(z.string()),
  city: z.string(),
  /** Orders for this passage close then; until then the figures may still change. */
  cutoffAt: z.iso.datetime(),
  open: z.boolean(),
  products: z.array(BreadQuantitySchema),
  total: z.number().check(z.int()),
});
export type BreadStop = z.infer<typeof BreadStopSchema>;

/** One round that carries the bread on the day: whose it is, when it collects, what it takes. */
export const BreadRoundSchema = z.object({
  carrier: z.object({ id: IdSchema, name: z.string() }),
  roundName: z.nullable(z.string()),
  tourId: z.nullable(IdSchema),
  vehicleName: z.nullable(z.string()),
  /** Null while the day is not planned. */
  status: z.nullable(z.enum(TOUR_STATUSES)),
  /** The planned stop at the bakery, once the day is planned. */
  collectAt: z.nullable(z.iso.datetime()),
  /** The round's published departure ("HH:MM"), which the bread must be ready for until it is planned. */
  departure: z.nullable(z.string()),
  products: z.array(BreadQuantitySchema),
  total: z.number().check(z.int()),
  stops: z.array(BreadStopSchema),
});
export type BreadRound = z.infer<typeof BreadRoundSchema>;

/** One bakery's bread for one day, over the rounds the reader may see. */
export const BreadDaySchema = z.object({
  date: LocalDateSchema,
  bakery: z.object({ id: IdSchema, name: z.string() }),
  /** The last cutoff of the day's passages: after it the figures are final. */
  cutoffAt: z.nullable(z.iso.datetime()),
  /** Some of the day's passages still take orders. */
  open: z.boolean(),
  products: z.array(BreadQuantitySchema),
  total: z.number().check(z.int()),
  rounds: z.array(BreadRoundSchema),
  /**
   * The bakery declares opening hours and none on that weekday: no round collects its bread that
   * day. What was ordered before its hours changed is listed, not to be baked.
   */
  bakeryClosed: z._default(z.boolean(), false),
});
export type BreadDay = z.infer<typeof BreadDaySchema>;

const DAY_MS = 86_400_000;
export const BREAD_PERIOD_MAX_DAYS = 31;
/** Bake days from `from` to `to` included, at most a month. */
export const BreadQuerySchema = z.strictObject({ from: LocalDateSchema, to: LocalDateSchema }).check(z.refine((q) => q.to >= q.from && (Date.parse(q.to) - Date.parse(q.from)) / DAY_MS < BREAD_PERIOD_MAX_DAYS, {
    path: ["to"],
    message: `'to' is on or after 'from', at most ${BREAD_PERIOD_MAX_DAYS} days later`,
  }));

/** A round (of the bakery or of a partner) that carries the bakery's bread, and when it collects it. */
export const BakeryRoundSchema = z.object({
  templateId: IdSchema,
  carrier: z.object({ id: IdSchema, name: z.string(), kind: z.enum(ORGANISATION_KINDS) }),
  name: z.string(),
  weekday: z.number().check(z.int(), z.gte(1), z.lte(7)),
  everyWeeks: z.number().check(z.int()),
  /** The round's published departure, "HH:MM". */
  departure: z.string(),
  vehicleName: z.nullable(z.string()),
  halts: z.number().check(z.int()),
  nextDate: z.nullable(LocalDateSchema),
  /** Doors the round stops at on its next date (home deliveries). */
  homeDrops: z.number().check(z.int()),
  /** When the round's next planned tour stops at the bakery (null until that day is planned). */
  nextCollectAt: z.nullable(z.iso.datetime()),
  /** Breads of the bakery the carrier offers on its rounds. */
  breads: z.array(z.string()),
});
export type BakeryRound = z.infer<typeof BakeryRoundSchema>;

/** A product of the bakery's catalogue, and the partners that offer it to their households. */
export const BakeryProductSchema = z.extend(ProductSchema, {
  offeredBy: z.array(z.object({ organisationId: IdSchema, organisationName: z.string(), active: z.boolean() })),
});
export type BakeryProduct = z.infer<typeof BakeryProductSchema>;
