/**
 * A day's plan as it stands, for the planner: each vehicle's figures side by side (stops, km,
 * time at the wheel, departure and return within its hours, highest load within its room), the
 * stops left out and why, whether drivers and residents see it, and the day's latest run.
 */
import type { PlanningDay } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { Services } from "../../services.js";
import { coordinatedOrganisation, dbDate } from "./coordinated-organisation.js";
import { readDayPlan } from "./day-plan.js";
import { locksOf } from "./build-problem.js";
import { leftOutStops, planFigures, vehicleFrames } from "./plan-figures.js";
import { loadPlanningDay } from "./planning-day.js";
import { jobView } from "./planning-jobs.js";

export async function planningDayView({ services, actor, date, organisationId }: { services: Services; actor: Actor; date: string; organisationId?: string | undefined }): Promise<PlanningDay> {
  const organisation = await coordinatedOrganisation(services, actor, organisationId);
  const db = services.db.prisma;
  const plan = await readDayPlan(db, organisation.id, date);
  const day = await loadPlanningDay(services, organisation.id, date);
  const figures = planFigures(plan, day, vehicleFrames(day));
  const providers = new Set(plan.tours.flatMap((t) => (t.routingProvider ? [t.routingProvider] : [])));
  const jobs = { organisationId: organisation.id, date: dbDate(date) };
  const latest = await db.planningJob.findFirst({ where: jobs, orderBy: { createdAt: "desc" } });
  const pending = await db.planningJob.findFirst({ where: { ...jobs, proposal: { not: Prisma.DbNull } }, orderBy: { createdAt: "desc" }, select: { id: true } });
  const orders = await db.order.count({ where: { organisationId: organisation.id, status: { not: "cancelled" }, passage: { date: dbDate(date), status: "scheduled" } } });
  return {
    date,
    halts: plan.passages.filter((p) => p.kind === "halt").length,
    homeDrops: plan.passages.filter((p) => p.kind === "home_drop").length,
    orders,
    provider: providers.size === 0 ? null : providers.size > 1 ? "mixed" : [...providers][0]!,
    totals: figures.totals,
    vehicles: figures.vehicles,
    leftOut: leftOutStops(plan, day.notPlanned),
    // A vehicle that has a round (the coordinator chose it, and a driver with it) is not said to stay home.
    warnings: [...day.warnings.filter((w) => w.code !== "vehicle_without_driver" || !plan.tours.some((t) => t.vehicleId === w.vehicle?.id)), ...locksOf(day).warnings],
    published: plan.tours.some((t) => t.status === "published"),
    started: plan.tours.some((t) => t.status === "in_progress" || t.status === "closed"),
    latestJob: latest ? jobView(latest, services.now()) : null,
    pendingJobId: pending?.id ?? null,
  };
}
