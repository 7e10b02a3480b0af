import fc from "fast-check";
import { epochDay, fromEpochDay } from "../../calendar/local-date.js";
import type { Eligibility } from "../eligibility.js";
import type { OrderLine } from "../price.js";

export const day = fc.integer({ min: epochDay("2025-01-01"), max: epochDay("2028-12-31") }).map(fromEpochDay);

export const eligibility: fc.Arbitrary<Eligibility> = fc
  .record({
    participationRatePercent: fc.oneof(fc.constantFrom(10, 20, 30), fc.integer({ min: 1, max: 100 })),
    monthlyCapCents: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null }),
    start: fc.integer({ min: epochDay("2025-01-01"), max: epochDay("2028-12-31") }),
    length: fc.integer({ min: 0, max: 200 }),
    status: fc.constantFrom("active", "active", "suspended", "ended" as const),
  })
  .map(({ start, length, ...rest }) => ({ ...rest, validFrom: fromEpochDay(start), validTo: fromEpochDay(start + length) }));

export const orderLine: fc.Arbitrary<OrderLine> = fc.record({
  referencePriceCents: fc.integer({ min: 0, max: 20_000 }),
  socialPricing: fc.boolean(),
  quantity: fc.integer({ min: 1, max: 24 }),
});
