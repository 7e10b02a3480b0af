/**
 * Starting a plan of several weeks: the weeks' passages are made from the published rounds first
 * (as a coordinator would before planning; those already there stay as they are), then a run like
 * a day's is queued on the first date.
 */
import type { StartHorizonSchema } from "@tournee/domain";
import { addDays, localDateOf } from "@tournee/domain/calendar";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import { ApiError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { coordinatedOrganisation, dbDate } from "../planning/coordinated-organisation.js";
import { queueJob } from "../planning/planning-jobs.js";
import { generatePassages } from "../templates/generate-passages.js";

/** Same-driver weight when the coordinator gives none: half an hour of driving. */
export const SAME_DRIVER_MINUTES = 30;
/** How long a run may hold its date before it counts as abandoned (see planning-jobs.ts). */
const WEEKS_TIME_LIMIT_S = 120;

export async function startWeeks({ services, actor, date, organisationId, weeks, toleranceMinutes, sameDriverMinutes }: { services: Services; actor: Actor; date: string } & z.output<typeof StartHorizonSchema>) {
  const organisation = await coordinatedOrganisation(services, actor, organisationId);
  const today = localDateOf(services.now(), organisation.timeZone);
  if (date < today) throw new ApiError("validation_failed", `plan weeks from today (${today}) or later`, [{ in: "path", path: "date", message: "a date in the past cannot be planned ahead" }]);
  const to = addDays(date, weeks * 7 - 1);
  const prisma = services.db.prisma;
  const templates = await prisma.tourTemplate.findMany({ where: { organisationId: organisation.id, active: true }, select: { id: true } });
  for (const t of templates) await generatePassages({ services, actor, id: t.id, from: date, to });
  const passages = await prisma.passage.count({ where: { organisationId: organisation.id, date: { gte: dbDate(date), lte: dbDate(to) }, status: "scheduled" } });
  if (!passages) throw new ApiError("nothing_to_plan", `${organisation.name} has no round from ${date} to ${to}: add a tour template with its timetable first`);
  const settings = { weeks, toleranceMinutes, sameDriverMinutes: sameDriverMinutes ?? SAME_DRIVER_MINUTES };
  return queueJob({ services, actor, organisation, date }, { timeLimitS: WEEKS_TIME_LIMIT_S, horizonWeeks: settings.weeks, toleranceMinutes: settings.toleranceMinutes, sameDriverMinutes: settings.sameDriverMinutes }, settings);
}
