/** Starting, reading and cancelling planning runs. At most one active run per organisation and date (a unique index). */
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import { HorizonResultSchema, PlanningResultSchema, type PlanningJob, type StartPlanningSchema } from "@tournee/domain";
import type { z } from "zod";
import { ApiError, notFound, type FieldError } from "../../http/errors.js";
import type { PlanningJob as JobRow, Prisma } from "../../generated/prisma/client.js";
import { planningQueue } from "../../jobs/planning-queue.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { coordinatedOrganisation, dbDate, isoDate, timeOfMinute } from "./coordinated-organisation.js";
import { progressView } from "./planning-progress.js";

export const DEFAULT_TIME_LIMIT_S = 10;

/** The run as the API answers it; a result stored by an older version of the server reads as none. */
export function jobView(j: JobRow, now: Date): PlanningJob {
  // A plan that awaited publication and was replaced by a newer run's is discarded.
  const settled = <T extends { outcome: string }>(r: T): T => (r.outcome === "awaiting_publication" && (j.proposal === null || j.proposal === undefined) ? { ...r, outcome: "discarded" } : r);
  const parsed = j.horizonWeeks ? undefined : PlanningResultSchema.safeParse(j.result);
  const result = parsed?.success ? settled(parsed.data) : null;
  const weeks = j.horizonWeeks ? HorizonResultSchema.safeParse(j.result) : undefined;
  const horizon = j.horizonWeeks ? { weeks: j.horizonWeeks, toleranceMinutes: j.toleranceMinutes ?? 0, sameDriverMinutes: j.sameDriverMinutes ?? 0, result: weeks?.success ? settled(weeks.data) : null } : null;
  return {
    id: j.id, organisationId: j.organisationId, date: isoDate(j.date), status: j.status, bestCost: j.bestCost, progress: progressView(j, now),
    result, error: j.error, timeLimitSeconds: j.timeLimitS, vehicleIds: j.vehicleIds.length ? j.vehicleIds : null, driverIds: j.driverIds.length ? j.driverIds : null,
    balance: j.balance, breakdown: j.breakdownVehicleId && j.breakdownFromMinute !== null ? { vehicleId: j.breakdownVehicleId, from: timeOfMinute(j.breakdownFromMinute) } : null, horizon,
    createdAt: j.createdAt.toISOString(), startedAt: j.startedAt?.toISOString() ?? null, finishedAt: j.finishedAt?.toISOString() ?? null,
  };
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string; cause?: unknown };
  return e?.code === "P2002" || e?.code === "23505" || /PlanningJob_active_per_date_key|unique constraint/i.test(e?.message ?? "");
}

type StartOptions = { services: Services; actor: Actor; date: string } & Omit<z.output<typeof StartPlanningSchema>, "organisationId"> & { organisationId?: string | undefined };

export async function startPlanning({ services, actor, date, organisationId, timeLimitSeconds, vehicleIds, driverIds, balance }: StartOptions) {
  const organisation = await coordinatedOrganisation(services, actor, organisationId);
  const prisma = services.db.prisma;
  const passages = await prisma.passage.count({ where: { organisationId: organisation.id, date: dbDate(date), status: "scheduled" } });
  if (!passages) throw new ApiError("nothing_to_plan", `${organisation.name} has no scheduled passage on ${date}: generate them from a tour template first`);
  await checkCrew(services, organisation.id, { vehicleIds, driverIds });
  const crew = { vehicleIds: vehicleIds ?? [], driverIds: driverIds ?? [] };
  return queueJob({ services, actor, organisation, date }, { timeLimitS: timeLimitSeconds ?? DEFAULT_TIME_LIMIT_S, balance: balance ?? "cheapest", ...crew }, { balance: balance ?? "cheapest", ...crew });
}

/** Creates a run of a date (refused while another one of that date is active) and hands it to the planning queue. */
export async function queueJob(
  { services, actor, organisation, date }: { services: Services; actor: Actor; organisation: { id: string; name: string }; date: string },
  data: Omit<Prisma.PlanningJobUncheckedCreateInput, "organisationId" | "date" | "createdById">,
  audited: Record<string, unknown>,
) {
  const prisma = services.db.prisma;
  await releaseAbandoned(services, organisation.id, date);
  let job: JobRow;
  try {
    job = await prisma.$transaction(async (tx) => {
      const created = await tx.planningJob.create({ data: { organisationId: organisation.id, date: dbDate(date), createdById: actor.userId, ...data } });
      await recordAudit(tx, { actor, organisationId: organisation.id, action: data.breakdownVehicleId ? "report-breakdown" : "start-planning", entity: "PlanningJob", entityId: created.id, changes: { date, ...audited } });
      return created;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const active = await prisma.planningJob.findFirst({ where: { organisationId: organisation.id, date: dbDate(date), status: { in: ["queued", "running"] } } });
    throw new ApiError("planning_in_progress", `a planning run for ${date} is already ${active?.status ?? "active"} (job ${active?.id ?? "unknown"}): follow it, or cancel it before starting another`);
  }
  await (await planningQueue(services)).send(job.id);
  return jobView(job, services.now());
}

/** The chosen vehicles must be the organisation's vehicles in service, the chosen drivers its drivers. */
async function checkCrew(services: Services, organisationId: string, crew: { vehicleIds?: string[] | undefined; driverIds?: string[] | undefined }): Promise<void> {
  const prisma = services.db.prisma;
  const errors: FieldError[] = [];
  if (crew.vehicleIds) {
    const known = new Set((await prisma.vehicle.findMany({ where: { organisationId, active: true, id: { in: crew.vehicleIds } }, select: { id: true } })).map((v) => v.id));
    crew.vehicleIds.forEach((id, i) => known.has(id) || errors.push({ in: "body", path: `vehicleIds.${i}`, message: "not a vehicle in service of the organisation" }));
  }
  if (crew.driverIds) {
    const known = new Set((await prisma.membership.findMany({ where: { organisationId, role: "driver", userId: { in: crew.driverIds } }, select: { userId: true } })).map((m) => m.userId));
    crew.driverIds.forEach((id, i) => known.has(id) || errors.push({ in: "body", path: `driverIds.${i}`, message: "not a driver of the organisation" }));
  }
  if (errors.length) throw new ApiError("validation_failed", "choose vehicles in service and drivers of the organisation", errors);
}

/**
 * A run whose process died (crash, redeploy) would hold its date forever: one still active
 * ABANDON_AFTER_S seconds past its own time limit is marked failed so the date can be planned again.
 */
export const ABANDON_AFTER_S = 600;

async function releaseAbandoned(services: Services, organisationId: string, date: string): Promise<void> {
  await services.db.prisma.$executeRawUnsafe(
    `UPDATE "PlanningJob" SET "status" = 'failed', "finishedAt" = $3::timestamptz,
       "error" = 'abandoned: the process running it stopped before it finished; start planning again'
     WHERE "organisationId" = $1::uuid AND "date" = $2::date AND "status" IN ('queued', 'running')
       AND "createdAt" < $3::timestamptz - make_interval(secs => "timeLimitS" + ${ABANDON_AFTER_S})`,
    organisationId, date, services.now(),
  );
}

export async function findJob(services: Services, actor: Actor, id: string): Promise<JobRow> {
  const job = await services.db.prisma.planningJob.findFirst({ where: { id, organisationId: coordinatedOrganisations(actor) } });
  if (!job) throw notFound("planning job");
  return job;
}

export async function getPlanningJob({ services, actor, id }: { services: Services; actor: Actor; id: string }) {
  return jobView(await findJob(services, actor, id), services.now());
}

export async function cancelPlanningJob({ services, actor, id }: { services: Services; actor: Actor; id: string }) {
  const job = await findJob(services, actor, id);
  const cancelled = await services.db.prisma.$transaction(async (tx) => {
    const changed = await tx.planningJob.updateMany({ where: { id, status: { in: ["queued", "running"] } }, data: { status: "cancelled", finishedAt: services.now() } });
    if (changed.count) await recordAudit(tx, { actor, organisationId: job.organisationId, action: "cancel-planning", entity: "PlanningJob", entityId: id });
    return changed.count > 0;
  });
  if (!cancelled) throw new ApiError("job_finished", `planning job ${id} has already ${job.status}: nothing to cancel`);
  return jobView(await findJob(services, actor, id), services.now());
}
