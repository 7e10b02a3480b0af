/**
 * A partner's household served at home rides on the carrier's round as a home stop: the partner
 * chooses a day of the shared round (any of its passages that day), and its parcel goes to the
 * household's door on that round. The carrier's passage at the door is made the first time, with
 * the household's hours at home that weekday (else the round's span that day) and the cutoff of
 * the round's halts; the carrier's planner then places it like any home drop with an order.
 */
import { weekdayOf, zonedToInstant } from "@tournee/domain/calendar";
import { isoDate } from "../../db/db-date.js";
import type { Household, Passage, Prisma } from "../../generated/prisma/client.js";
import { keepHomeDropStop } from "../households/home-drop-stop.js";
import { timeOfMinute } from "../planning/coordinated-organisation.js";
import { HOME_DROP_DWELL_MINUTES } from "../templates/generate-passages.js";

type HomeWindow = { weekday: number; from: number; to: number };

export async function homePassageFor(tx: Prisma.TransactionClient, { carrierId, household, day }: { carrierId: string; household: Household; day: Passage }): Promise<Passage> {
  await keepHomeDropStop(tx, household, null);
  const door = await tx.stop.findUniqueOrThrow({ where: { householdId: household.id } });
  const existing = await tx.passage.findUnique({ where: { stopId_date_organisationId: { stopId: door.id, date: day.date, organisationId: carrierId } } });
  if (existing) {
    if (existing.status === "scheduled") return existing;
    return tx.passage.update({ where: { id: existing.id }, data: { status: "scheduled", cutoffAt: day.cutoffAt } });
  }
  const date = isoDate(day.date);
  const windows = (Array.isArray(household.homeAvailability) ? household.homeAvailability : []) as HomeWindow[];
  const athome = windows.filter((w) => w.weekday === weekdayOf(date)).sort((a, b) => a.from - b.from)[0];
  const { timeZone } = await tx.organisation.findUniqueOrThrow({ where: { id: carrierId }, select: { timeZone: true } });
  const span = await tx.passage.aggregate({
    where: { organisationId: carrierId, date: day.date, templateId: day.templateId, stop: { kind: "halt" } },
    _min: { windowStart: true }, _max: { windowEnd: true },
  });
  return tx.passage.create({
    data: {
      organisationId: carrierId, stopId: door.id, date: day.date, templateId: day.templateId, dwellMinutes: HOME_DROP_DWELL_MINUTES, cutoffAt: day.cutoffAt,
      windowStart: athome ? zonedToInstant(date, timeOfMinute(athome.from), timeZone) : (span._min.windowStart ?? day.windowStart),
      windowEnd: athome ? zonedToInstant(date, timeOfMinute(athome.to), timeZone) : (span._max.windowEnd ?? day.windowEnd),
    },
  });
}
