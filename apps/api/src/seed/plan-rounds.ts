/**
 * The weekly templates, their halts, and the coming passages with their order cutoffs: each round's
 * first date at least two days after the reference date, so its orders (closing the day before at
 * 18:00) stay open for a day or more after seeding, whatever the day and hour; and one home drop for
 * every household that needs one, ordering or not, so each can order.
 */
import { randomUUID } from "node:crypto";
import { addDays, cutoffFor, occurrences, type IsoWeekday, type LocalDate } from "@tournee/domain/calendar";
import type { Prisma } from "../generated/prisma/client.js";
import { dbDate, minutes, parisInstant } from "./dates.js";
import type { HouseholdsPlan } from "./plan-households.js";
import { CUTOFF_RULE, type OrganisationsPlan } from "./plan-organisations.js";
import { ROUNDS } from "./rounds.js";

/** Residents rely on the published time: the window opens 10 minutes before and closes 15 after. */
const EARLY_MINUTES = 10;
const LATE_MINUTES = 15;
/** The first passages are this many days after the reference date (the eve's cutoff may have passed). */
const FIRST_DAY = 2;
/** Templates started half a year before the reference date. */
const TEMPLATE_AGE_DAYS = 182;

export interface PlannedPassage {
  id: string;
  stopId: string;
  templateId: string;
  date: LocalDate;
  cutoffAt: Date;
}

export interface RoundsPlan {
  templates: Prisma.TourTemplateCreateManyInput[];
  templateHalts: Prisma.TourTemplateHaltCreateManyInput[];
  passages: Prisma.PassageCreateManyInput[];
  /** The coming passage of each halt, by stop id. */
  haltPassages: Map<string, PlannedPassage>;
  /** The coming home drop of each household that needs one, by its home stop id. */
  homePassages: Map<string, PlannedPassage>;
  /** The coming date of each round, by weekday. */
  roundDates: Map<number, { templateId: string; date: LocalDate }>;
}

function minuteToTime(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

export function planRounds(orgs: OrganisationsPlan, households: HouseholdsPlan, today: LocalDate): RoundsPlan {
  const organisationId = orgs.orgIds.grocery;
  const plan: RoundsPlan = { templates: [], templateHalts: [], passages: [], haltPassages: new Map(), homePassages: new Map(), roundDates: new Map() };
  for (const round of ROUNDS) {
    const templateId = randomUUID();
    const startDate = addDays(today, -TEMPLATE_AGE_DAYS);
    plan.templates.push({ id: templateId, organisationId, name: round.name, vehicleId: orgs.vehicleIds.get(round.vehicle) ?? null, weekday: round.weekday,
      everyWeeks: 1, startDate: dbDate(startDate), departureMinute: minutes(round.departure) });
    const [date] = occurrences({ weekday: round.weekday as IsoWeekday, everyWeeks: 1, startDate }, addDays(today, FIRST_DAY), addDays(today, FIRST_DAY + 6));
    if (!date) throw new Error(`round ${round.name} has no date in the week from ${addDays(today, FIRST_DAY)}`);
    plan.roundDates.set(round.weekday, { templateId, date });
    const cutoffAt = cutoffFor(date, CUTOFF_RULE);
    round.halts.forEach((halt, sequence) => {
      const stopId = households.haltIds.get(halt.village);
      if (!stopId) throw new Error(`round ${round.name} stops at ${halt.village}, which is not in VILLAGES`);
      const templateHaltId = randomUUID();
      const arrival = minutes(halt.arrival);
      plan.templateHalts.push({ id: templateHaltId, templateId, stopId, sequence, arrivalMinute: arrival, dwellMinutes: halt.dwellMinutes });
      const id = randomUUID();
      plan.passages.push({ id, organisationId, stopId, date: dbDate(date), templateId, templateHaltId, dwellMinutes: halt.dwellMinutes, cutoffAt,
        windowStart: parisInstant(date, minuteToTime(arrival - EARLY_MINUTES)), windowEnd: parisInstant(date, minuteToTime(arrival + LATE_MINUTES)) });
      plan.haltPassages.set(stopId, { id, stopId, templateId, date, cutoffAt });
    });
  }
  for (const household of households.planned.filter((h) => h.homeDrop)) {
    const row = households.households.find((h) => h.id === household.id);
    const [window] = (row?.homeAvailability ?? []) as { from: number; to: number }[];
    if (!window) throw new Error(`home-drop household ${household.name} has no availability window`);
    plan.homePassages.set(household.stopId, planHomePassage(plan, organisationId, household.stopId, household.weekday, window));
  }
  return plan;
}

/** A home drop on the day of the household's round, within its first availability window. */
export function planHomePassage(plan: RoundsPlan, organisationId: string, stopId: string, weekday: number, window: { from: number; to: number }): PlannedPassage {
  const round = plan.roundDates.get(weekday);
  if (!round) throw new Error(`no round runs on weekday ${weekday}`);
  const id = randomUUID();
  const cutoffAt = cutoffFor(round.date, CUTOFF_RULE);
  plan.passages.push({ id, organisationId, stopId, date: dbDate(round.date), templateId: round.templateId, dwellMinutes: 10, cutoffAt,
    windowStart: parisInstant(round.date, minuteToTime(window.from)), windowEnd: parisInstant(round.date, minuteToTime(window.to)) });
  return { id, stopId, templateId: round.templateId, date: round.date, cutoffAt };
}
