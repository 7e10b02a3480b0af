/**
 * The weekly templates, their halts, and the passages of every round date of the live week
 * (live-week.ts) with their order cutoffs (the day before at 18:00): each halt of each round, and
 * one home drop for every household that needs one, ordering or not, so each can order.
 */
import { randomUUID } from "node:crypto";
import { addDays, cutoffFor, type LocalDate } from "@tournee/domain/calendar";
import type { Prisma } from "../generated/prisma/client.js";
import { dbDate, minutes, parisInstant } from "./dates.js";
import type { HouseholdsPlan } from "./plan-households.js";
import { CUTOFF_RULE, type OrganisationsPlan } from "./plan-organisations.js";
import { weekdayName, type LiveWeek, type RoundWeek } from "./live-week.js";
import { ROUNDS } from "./rounds.js";
import { VILLAGES } from "./territory.js";

/** Residents rely on the published time: the window opens 10 minutes before and closes 15 after. */
const EARLY_MINUTES = 10;
const LATE_MINUTES = 15;
/** Templates started half a year before the reference date. */
const TEMPLATE_AGE_DAYS = 182;
/** A home drop takes this long at the door. */
const HOME_DROP_MINUTES = 10;

export interface PlannedPassage {
  id: string;
  stopId: string;
  templateId: string;
  date: LocalDate;
  week: RoundWeek;
  cutoffAt: Date;
  kind: "halt" | "home_drop";
  /** The published arrival (halts) or the start of the household's window (home drops). */
  windowStart: Date;
  windowEnd: Date;
  /** The halt's place in its round's timetable; home drops come after. */
  order: number;
}

export interface RoundsPlan {
  templates: Prisma.TourTemplateCreateManyInput[];
  templateHalts: Prisma.TourTemplateHaltCreateManyInput[];
  passages: Prisma.PassageCreateManyInput[];
  /** Every passage, by round date then by stop id (the halt, or the household's door). */
  byDate: Map<LocalDate, Map<string, PlannedPassage>>;
  weeks: RoundWeek[];
  /** The template of each round, by its area ("Nord", "Sud"). */
  templateOfArea: Map<string, string>;
}

export const minuteToTime = (minute: number): string => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

export function planRounds(orgs: OrganisationsPlan, households: HouseholdsPlan, today: LocalDate, live: LiveWeek): RoundsPlan {
  const organisationId = orgs.orgIds.grocery;
  const plan: RoundsPlan = { templates: [], templateHalts: [], passages: [], byDate: new Map(), weeks: live.rounds, templateOfArea: new Map() };
  for (const week of live.rounds) plan.byDate.set(week.date, new Map());
  const templateOfVillage = new Map<string, string>();
  for (const round of ROUNDS) {
    const templateId = randomUUID();
    plan.templateOfArea.set(round.area, templateId);
    plan.templates.push({ id: templateId, organisationId, name: `Tournée du ${weekdayName(live.weekday)} — ${round.area}`, vehicleId: orgs.vehicleIds.get(round.vehicle) ?? null,
      weekday: live.weekday, everyWeeks: 1, startDate: dbDate(addDays(today, -TEMPLATE_AGE_DAYS)), departureMinute: minutes(round.departure) });
    round.halts.forEach((halt, sequence) => {
      const stopId = households.haltIds.get(halt.village);
      if (!stopId) throw new Error(`round ${round.area} stops at ${halt.village}, which is not in VILLAGES`);
      templateOfVillage.set(halt.village, templateId);
      const templateHaltId = randomUUID();
      const arrival = minutes(halt.arrival);
      plan.templateHalts.push({ id: templateHaltId, templateId, stopId, sequence, arrivalMinute: arrival, dwellMinutes: halt.dwellMinutes });
      for (const week of live.rounds) {
        const window = { windowStart: parisInstant(week.date, minuteToTime(arrival - EARLY_MINUTES)), windowEnd: parisInstant(week.date, minuteToTime(arrival + LATE_MINUTES)) };
        addPassage(plan, organisationId, { stopId, templateId, week, kind: "halt", order: sequence, ...window }, { templateHaltId, dwellMinutes: halt.dwellMinutes });
      }
    });
  }
  const lost = VILLAGES.filter((v) => !templateOfVillage.has(v.name));
  if (lost.length) throw new Error(`villages ${lost.map((v) => v.name).join(", ")} are on no round: add them to ROUNDS in rounds.ts`);
  for (const household of households.planned.filter((h) => h.homeDrop)) {
    const row = households.households.find((h) => h.id === household.id);
    const [window] = (row?.homeAvailability ?? []) as { from: number; to: number }[];
    if (!window) throw new Error(`home-drop household ${household.name} has no availability window`);
    const templateId = templateOfVillage.get(household.village.name)!;
    for (const week of live.rounds) {
      addPassage(plan, organisationId, {
        stopId: household.stopId, templateId, week, kind: "home_drop", order: 100 + household.index,
        windowStart: parisInstant(week.date, minuteToTime(window.from)), windowEnd: parisInstant(week.date, minuteToTime(window.to)),
      }, { dwellMinutes: HOME_DROP_MINUTES });
    }
  }
  return plan;
}

function addPassage(
  plan: RoundsPlan, organisationId: string, passage: Omit<PlannedPassage, "id" | "date" | "cutoffAt">, extra: { templateHaltId?: string; dwellMinutes: number },
): void {
  const id = randomUUID();
  const { date } = passage.week;
  const cutoffAt = cutoffFor(date, CUTOFF_RULE);
  plan.passages.push({ id, organisationId, stopId: passage.stopId, date: dbDate(date), templateId: passage.templateId, ...extra, cutoffAt,
    windowStart: passage.windowStart, windowEnd: passage.windowEnd });
  plan.byDate.get(date)!.set(passage.stopId, { ...passage, id, date, cutoffAt });
}
