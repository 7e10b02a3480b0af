/**
 * The demo day's rounds, planned by the real planner and published, so each demo driver has a
 * round to prepare at first sign-in: the Nord halts on the truck, the Sud halts on the small
 * truck, the home drops on the volunteer's own car, which she drives in two trips (held to those
 * vehicles while planning, then released so a coordinator may plan the day again freely). Runs after `seedDemo`, on a freshly seeded database.
 */
import { localDateOf, type LocalDate } from "@tournee/domain/calendar";
import type { Services } from "../services.js";
import { planDay } from "../use-cases/planning/plan-day.js";
import { recordPublishedTimes } from "../use-cases/planning/published-times.js";
import { dbDate } from "./dates.js";
import { liveWeek } from "./live-week.js";
import { DEMO_ORGANISATIONS } from "./plan-organisations.js";
import { VOLUNTEER_CAR } from "./plan-volunteer-car.js";
import { ROUNDS } from "./rounds.js";

/** Enough for the demo's 30 stops or so; the planner improves little after it. */
const TIME_LIMIT_SECONDS = 1;

export interface DemoDay {
  date: LocalDate;
  tours: number;
  /** Passages the planner could not place, with why (none on the demo). */
  unassigned: { passageId: string; reason: string }[];
}

export async function publishDemoDay(services: Services, today: LocalDate = localDateOf(services.now())): Promise<DemoDay> {
  const prisma = services.db.prisma;
  const { demoDay: date } = liveWeek(today);
  const grocery = await prisma.organisation.findUniqueOrThrow({ where: { slug: DEMO_ORGANISATIONS.grocery.slug } });
  const where = { organisationId: grocery.id, date: dbDate(date) };
  if (await prisma.tour.count({ where })) return { date, tours: 0, unassigned: [] };
  const vehicles = new Map((await prisma.vehicle.findMany({ where: { organisationId: grocery.id } })).map((v) => [v.name, v.id]));
  const templates = await prisma.tourTemplate.findMany({ where: { organisationId: grocery.id } });
  for (const round of ROUNDS) {
    const template = templates.find((t) => t.name.endsWith(`— ${round.area}`));
    await prisma.passage.updateMany({ where: { ...where, templateId: template?.id ?? "", stop: { kind: "halt" } }, data: { lockedVehicleId: vehicles.get(round.vehicle) ?? null } });
  }
  await prisma.passage.updateMany({ where: { ...where, stop: { kind: "home_drop" } }, data: { lockedVehicleId: vehicles.get(VOLUNTEER_CAR) ?? null } });
  const planned = await planDay(services, { organisationId: grocery.id, date, timeLimitSeconds: TIME_LIMIT_SECONDS });
  await prisma.passage.updateMany({ where, data: { lockedVehicleId: null } });
  const publishedAt = services.now();
  const tourIds = planned.vehicles.flatMap((v) => (v.tourId ? [v.tourId] : []));
  await prisma.$transaction(async (tx) => {
    for (const tourId of tourIds) {
      await tx.tour.update({ where: { id: tourId }, data: { status: "published", version: { increment: 1 }, publishedAt } });
      await recordPublishedTimes(tx, tourId);
    }
  });
  return { date, tours: tourIds.length, unassigned: planned.leftOut.map((l) => ({ passageId: l.passageId, reason: l.reason })) };
}
