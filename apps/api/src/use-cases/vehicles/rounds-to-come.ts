/** Retiring a vehicle or a driver is refused while published or in-progress rounds still count on them. */
import { localDateOf } from "@tournee/domain/calendar";
import { dbDate, isoDate } from "../../db/db-date.js";
import { ApiError } from "../../http/errors.js";
import type { Prisma } from "../../generated/prisma/client.js";

type Db = Pick<Prisma.TransactionClient, "tour" | "organisation">;

/** Throws `rounds_to_come` naming the dates (organisation's today onwards) of the matching rounds. */
export async function refuseRoundsToCome(db: Db, now: Date, organisationId: string, who: { vehicleId: string } | { driverId: string }, what: string): Promise<void> {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { timeZone: true } });
  const today = dbDate(localDateOf(now, organisation.timeZone));
  const tours = await db.tour.findMany({
    where: { organisationId, ...who, status: { in: ["published", "in_progress"] }, date: { gte: today } },
    select: { date: true },
    orderBy: { date: "asc" },
  });
  if (tours.length === 0) return;
  const dates = [...new Set(tours.map((t) => isoDate(t.date)))];
  throw new ApiError("rounds_to_come", `${what} has published or in-progress rounds on ${dates.join(", ")}: re-plan them with another ${"vehicleId" in who ? "vehicle" : "driver"} first, then retry`);
}
