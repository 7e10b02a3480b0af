/**
 * AMAP contracts: a season of baskets from a producer, carried to the members on a grocery's
 * rounds. A member's basket of a delivery week is an order on their halt's (or home's) passage of
 * that week, handed over like any order; a skip before that passage's cutoff takes it off.
 */
import * as z from "zod/mini";
import { addDays, compareDates, daysBetween, isLocalDate, weekdayOf, type LocalDate } from "./calendar/local-date.js";
import { LocalDateSchema } from "./common.js";

export const AMAP_SKIP_RULES = ["donated", "postponed"] as const;
export const AmapSkipRuleSchema = z.enum(AMAP_SKIP_RULES);
export type AmapSkipRule = z.infer<typeof AmapSkipRuleSchema>;

const Name = z.string().check(z.trim(), z.minLength(1), z.maxLength(120));

export const AmapSizeInputSchema = z.strictObject({
  name: Name,
  /** Price of one basket per delivery, in cents; a solidarity basket is this at the household's rate. */
  priceCents: z.number().check(z.int(), z.gte(1), z.lte(100_000)),
});

export const AmapContractInputSchema = z.strictObject({
    producerId: z.uuid(),
    /** The grocery whose rounds carry the baskets. */
    carrierId: z.uuid(),
    name: Name,
    firstDate: LocalDateSchema,
    lastDate: LocalDateSchema,
    everyWeeks: z.number().check(z.int(), z.gte(1), z.lte(8)),
    skipRule: AmapSkipRuleSchema,
    sizes: z.array(AmapSizeInputSchema).check(z.minLength(1), z.maxLength(4)),
  }).check(z.superRefine((c, ctx) => {
    // Refinements run even when a field failed: compare only real dates.
    if (!isLocalDate(c.firstDate) || !isLocalDate(c.lastDate)) return;
    if (compareDates(c.firstDate, c.lastDate) > 0) ctx.addIssue({ code: "custom", path: ["lastDate"], message: "the season ends before it starts: lastDate must be on or after firstDate" });
    else if (daysBetween(c.firstDate, c.lastDate) > 366) ctx.addIssue({ code: "custom", path: ["lastDate"], message: "a season lasts at most a year" });
  }));

/** Changing a contract: its name, season, frequency, skip rule, and sizes (an `id` renames or reprices one, none adds one). */
export const AmapContractPatchSchema = z.strictObject({
    name: z.optional(Name),
    firstDate: z.optional(LocalDateSchema),
    /** Ending the season early is setting it to today (baskets already closed still go). */
    lastDate: z.optional(LocalDateSchema),
    everyWeeks: z.optional(z.number().check(z.int(), z.gte(1), z.lte(8))),
    skipRule: z.optional(AmapSkipRuleSchema),
    sizes: z.optional(z.array(z.extend(AmapSizeInputSchema, { id: z.optional(z.uuid()) })).check(z.minLength(1), z.maxLength(4))),
  }).check(z.superRefine((c, ctx) => {
    if (c.firstDate && c.lastDate && isLocalDate(c.firstDate) && isLocalDate(c.lastDate) && compareDates(c.firstDate, c.lastDate) > 0) {
      ctx.addIssue({ code: "custom", path: ["lastDate"], message: "the season ends before it starts: lastDate must be on or after firstDate" });
    }
  }));
export type AmapContractPatch = z.infer<typeof AmapContractPatchSchema>;

/** What an AMAP's console may choose from when it starts a contract: the network's producers and the groceries whose rounds may carry the baskets. */
export const AmapContractChoicesSchema = z.object({
  runner: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(["amap", "producer"]) }),
  producers: z.array(z.object({ id: z.uuid(), name: z.string(), city: z.nullable(z.string()) })),
  carriers: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type AmapContractChoices = z.infer<typeof AmapContractChoicesSchema>;

export const AmapSubscriptionInputSchema = z.strictObject({
  contractId: z.uuid(),
  householdId: z.uuid(),
  sizeId: z.uuid(),
  /** The halt where the member takes the basket, or the household's home drop. */
  stopId: z.uuid(),
  /** A solidarity basket: priced at the household's participation rate (it must have valid rights at the carrier). */
  solidarity: z._default(z.boolean(), false),
});

export const AmapSubscriptionPatchSchema = z.strictObject({
  sizeId: z.optional(z.uuid()),
  stopId: z.optional(z.uuid()),
  solidarity: z.optional(z.boolean()),
  /** true ends the subscription: no basket from the next open week on. */
  ended: z.optional(z.boolean()),
});

export const AmapWeekParamsSchema = z.strictObject({ id: z.uuid(), week: LocalDateSchema });

export const AmapCompositionInputSchema = z.strictObject({ text: z.string().check(z.trim(), z.minLength(1), z.maxLength(600)) });

export const AmapContractsQuerySchema = z.strictObject({ householdId: z.optional(z.uuid()) });
export const AmapDistributionQuerySchema = z.strictObject({ week: z.optional(LocalDateSchema) });
export const AmapProducerQuerySchema = z.strictObject({ producerId: z.optional(z.uuid()) });
export const AmapBasketsQuerySchema = z.strictObject({ householdId: z.uuid() });

const Size = z.object({ id: z.uuid(), name: z.string(), priceCents: z.number().check(z.int()) });
const Stop = z.object({ id: z.uuid(), name: z.string(), city: z.string(), kind: z.enum(["halt", "home_drop"]) });

export const AmapContractSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  organisation: z.object({ id: z.uuid(), name: z.string() }),
  producer: z.object({ id: z.uuid(), name: z.string() }),
  carrier: z.object({ id: z.uuid(), name: z.string() }),
  firstDate: LocalDateSchema,
  lastDate: LocalDateSchema,
  everyWeeks: z.number().check(z.int()),
  skipRule: AmapSkipRuleSchema,
  sizes: z.array(Size),
  members: z.number().check(z.int()),
  solidarityMembers: z.number().check(z.int()),
});
export type AmapContract = z.infer<typeof AmapContractSchema>;

/** What becomes of one member's basket in one delivery week. */
export const AmapBasketStateSchema = z.enum(["coming", "skipped", "handed_over", "not_collected", "no_passage"]);

export const AmapMemberSchema = z.object({
  subscriptionId: z.uuid(),
  household: z.object({ id: z.uuid(), name: z.string(), city: z.string(), phone: z.nullable(z.string()) }),
  size: Size,
  stop: Stop,
  solidarity: z.boolean(),
  channel: z.enum(["app", "phone", "relay", "paper", "driver"]),
  /** Delivery weeks (Mondays) the member skips from this week on. */
  skippedWeeks: z.array(LocalDateSchema),
});
export type AmapMember = z.infer<typeof AmapMemberSchema>;

export const AmapContractDetailSchema = z.extend(AmapContractSchema, {
  memberList: z.array(AmapMemberSchema),
  /** Delivery weeks from this one to the end of the season (Mondays). */
  weeks: z.array(LocalDateSchema),
  /** The week of the next basket on the rounds (the distribution list to show first). */
  currentWeek: z.nullable(LocalDateSchema),
});

/** A household the AMAP may subscribe: the carrier's, with the halt it comes to and its home drop. */
export const AmapCandidateSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  city: z.string(),
  stops: z.array(Stop),
});

/** One passage of a delivery week: who takes a basket there. */
export const AmapDistributionStopSchema = z.object({
  passageId: z.uuid(),
  date: LocalDateSchema,
  stop: Stop,
  roundName: z.nullable(z.string()),
  /** The time told to residents if the round is published, else the window's start. */
  time: z.iso.datetime(),
  timeTold: z.boolean(),
  cutoffAt: z.iso.datetime(),
  baskets: z.array(z.object({
    orderId: z.uuid(),
    household: z.object({ id: z.uuid(), name: z.string() }),
    size: z.string(),
    quantity: z.number().check(z.int()),
    solidarity: z.boolean(),
    state: AmapBasketStateSchema,
  })),
});

export const AmapDistributionSchema = z.object({
  contract: z.object({ id: z.uuid(), name: z.string(), skipRule: AmapSkipRuleSchema }),
  week: LocalDateSchema,
  weeks: z.array(LocalDateSchema),
  composition: z.nullable(z.string()),
  stops: z.array(AmapDistributionStopSchema),
  skipped: z.array(z.object({ household: z.object({ id: z.uuid(), name: z.string() }), size: z.string() })),
  /** Members whose halt has no passage this week (their basket cannot go): to call. */
  unserved: z.array(z.object({ household: z.object({ id: z.uuid(), name: z.string() }), stop: Stop })),
});
export type AmapDistribution = z.infer<typeof AmapDistributionSchema>;

/** A member's own view: each subscription and its coming baskets. */
export const AmapMemberBasketsSchema = z.array(z.object({
  subscriptionId: z.uuid(),
  contract: z.object({ id: z.uuid(), name: z.string(), producerName: z.string(), skipRule: AmapSkipRuleSchema, lastDate: LocalDateSchema }),
  size: Size,
  stop: Stop,
  solidarity: z.boolean(),
  baskets: z.array(z.object({
    week: LocalDateSchema,
    /** The passage's date and time; null when no passage serves the halt that week. */
    date: z.nullable(LocalDateSchema),
    time: z.nullable(z.iso.datetime()),
    timeTold: z.boolean(),
    cutoffAt: z.nullable(z.iso.datetime()),
    /** Whether the member may still skip (or take back) this basket. */
    open: z.boolean(),
    state: AmapBasketStateSchema,
    quantity: z.number().check(z.int()),
    amountCents: z.nullable(z.number().check(z.int())),
    composition: z.nullable(z.string()),
  })),
}));
export type AmapMemberBaskets = z.infer<typeof AmapMemberBasketsSchema>;

/** What the producer prepares: per delivery week, per date and round, baskets by size. */
export const AmapProducerPlanSchema = z.array(z.object({
  contract: z.object({ id: z.uuid(), name: z.string(), organisationName: z.string(), carrierName: z.string(), skipRule: AmapSkipRuleSchema }),
  weeks: z.array(z.object({
    week: LocalDateSchema,
    composition: z.nullable(z.string()),
    rounds: z.array(z.object({ date: LocalDateSchema, roundName: z.nullable(z.string()), sizes: z.array(z.object({ name: z.string(), count: z.number().check(z.int()) })) })),
    /** Skipped baskets prepared anyway and given to the carrier (rule "donated"). */
    donated: z.number().check(z.int()),
    total: z.number().check(z.int()),
  })),
}));
export type AmapProducerPlan = z.infer<typeof AmapProducerPlanSchema>;

/** Monday of the week of `date`. */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, 1 - weekdayOf(date));
}

/** The contract's delivery weeks (Mondays): every `everyWeeks` weeks from the week of `firstDate` to `lastDate`. */
export function deliveryWeeks(contract: { firstDate: LocalDate; lastDate: LocalDate; everyWeeks: number }): LocalDate[] {
  const weeks: LocalDate[] = [];
  for (let w = mondayOf(contract.firstDate); compareDates(w, contract.lastDate) <= 0; w = addDays(w, 7 * contract.everyWeeks)) weeks.push(w);
  return weeks;
}

/**
 * Baskets a member takes in `week`: none when skipped; otherwise one, plus, under the rule
 * "postponed", one for each skipped delivery week just before it (since the last basket taken).
 */
export function basketsInWeek(weeks: readonly LocalDate[], skipped: ReadonlySet<LocalDate>, rule: AmapSkipRule, week: LocalDate): number {
  if (skipped.has(week)) return 0;
  if (rule !== "postponed") return 1;
  let n = 1;
  for (let i = weeks.indexOf(week) - 1; i >= 0 && skipped.has(weeks[i]!); i--) n++;
  return n;
}

export const AmapCandidatesSchema = z.object({
  /** The carrying grocery's halts, for a member who takes the basket elsewhere than usual. */
  halts: z.array(Stop),
  households: z.array(AmapCandidateSchema),
});

export const AmapCompositionSchema = z.object({ week: LocalDateSchema, text: z.string() });
export type AmapContractDetail = z.infer<typeof AmapContractDetailSchema>;
export type AmapCandidates = z.infer<typeof AmapCandidatesSchema>;
