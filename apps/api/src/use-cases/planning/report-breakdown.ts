/**
 * A coordinator reports that a vehicle of a published day cannot go on from a time: a run re-plans
 * the rest of the day without it (replan-breakdown.ts) and waits for the coordinator's decision.
 */
import type { ReportBreakdownSchema } from "@tournee/domain";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import { ApiError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { coordinatedOrganisation, dbDate } from "./coordinated-organisation.js";
import { queueJob } from "./planning-jobs.js";

/** A re-plan after a breakdown must answer while the drivers wait: a few seconds of search. */
export const BREAKDOWN_TIME_LIMIT_S = 5;

type Input = { services: Services; actor: Actor; date: string } & z.output<typeof ReportBreakdownSchema>;

export async function reportBreakdown({ services, actor, date, organisationId, vehicleId, from }: Input) {
  const organisation = await coordinatedOrganisation(services, actor, organisationId);
  const tour = await services.db.prisma.tour.findFirst({ where: { organisationId: organisation.id, date: dbDate(date), vehicleId }, include: { vehicle: { select: { name: true } } } });
  if (!tour || !["published", "in_progress"].includes(tour.status)) {
    throw new ApiError("no_published_round", `this vehicle has no published round on ${date}: only a round drivers follow can be re-planned after a breakdown`, [
      { in: "body", path: "vehicleId", message: "choose a vehicle whose round of the day is published or under way" },
    ]);
  }
  const [hours, minutes] = from.split(":").map(Number) as [number, number];
  const fromMinute = hours * 60 + minutes;
  return queueJob({ services, actor, organisation, date }, { timeLimitS: BREAKDOWN_TIME_LIMIT_S, breakdownVehicleId: vehicleId, breakdownFromMinute: fromMinute }, { vehicle: tour.vehicle?.name ?? vehicleId, from });
}
