/**
 * A round handed to another driver (a sick day): the stops keep their order and times, only the
 * driver changes. Planning's rules hold: a volunteer's own car goes out only with its owner
 * (`assign-drivers.ts`), a driver must be available that day over the round's hours and not be
 * driving another round then. A round started or closed is not handed over: the rest of it is
 * re-planned after a breakdown (`report-breakdown.ts`). A published round gets a new version, as
 * a publication gives it: the new driver's phone downloads it at its next sync and is told it
 * changed (`round_changed`); the former driver's no longer lists it, and what it still sends
 * about it is refused `not_your_round`. Unless the coordinator says it is a swap, the former driver
 * is away that day: they are recorded as not available that day (a dated row, as a day off the
 * fleet screen sets and removes), so planning and this list no longer count them as free.
 */
import type { RoundDrivers } from "@tournee/domain";
import { instantToZoned, minutesOfDay, weekdayOf } from "@tournee/domain/calendar";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { recordAudit } from "../record-audit.js";
import { dbDate, isoDate, timeOfMinute } from "./coordinated-organisation.js";
import { dayAvailability } from "./planning-day.js";

type Db = Prisma.TransactionClient;

const byName = new Intl.Collator("fr").compare;
const STATUS_ORDER = ["free", "current", "other_hours", "busy", "unavailable"] as const;

async function loadRound(db: Db, actor: Actor, tourId: string) {
  const tour = await db.tour.findFirst({
    where: { id: tourId, organisationId: coordinatedOrganisations(actor) },
    include: { organisation: true, vehicle: true, driver: { select: { id: true, displayName: true } } },
  });
  if (!tour) throw notFound("tour");
  const started = tour.status === "in_progress" || tour.status === "closed"
    || (await db.passage.count({ where: { tourId, OR: [{ arrivedAt: { not: null } }, { outcome: { not: "pending" } }] } })) > 0;
  return { tour, started };
}

async function describeDrivers(db: Db, { tour, started }: Awaited<ReturnType<typeof loadRound>>): Promise<RoundDrivers> {
  const timeZone = tour.organisation.timeZone;
  const date = isoDate(tour.date);
  const clock = (d: Date | null) => (d ? instantToZoned(d, timeZone).time : null);
  const minuteOf = (d: Date) => minutesOfDay(instantToZoned(d, timeZone).time);
  const weekday = weekdayOf(date);
  const users = await db.user.findMany({
    where: { disabledAt: null, memberships: { some: { role: "driver", organisationId: tour.organisationId } } },
    select: { id: true, displayName: true },
  });
  const slots = await db.driverAvailability.findMany({ where: { organisationId: tour.organisationId, driverId: { in: users.map((u) => u.id) }, OR: [{ weekday }, { date: dbDate(date) }] } });
  const windows = dayAvailability(slots);
  const others = await db.tour.findMany({
    where: { organisationId: tour.organisationId, date: tour.date, id: { not: tour.id }, driverId: { in: users.map((u) => u.id) }, status: { not: "draft" } },
    include: { vehicle: { select: { name: true } } },
  });
  const span: [number, number] | null = tour.plannedStartAt && tour.plannedEndAt ? [minuteOf(tour.plannedStartAt), minuteOf(tour.plannedEndAt)] : null;
  const overlaps = (t: (typeof others)[number]) => !span || !t.plannedStartAt || !t.plannedEndAt || (t.plannedStartAt < tour.plannedEndAt! && tour.plannedStartAt! < t.plannedEndAt);
  const drivers = users.map((u) => {
    const own = windows.filter((w) => w.driverId === u.id).map((w) => w.window).sort((a, b) => a[0] - b[0]);
    const hours = own.map(([from, to]) => ({ from: timeOfMinute(from), to: timeOfMinute(to) }));
    const other = others.find((t) => t.driverId === u.id && overlaps(t));
    const round = other ? { vehicle: other.vehicle?.name ?? "", from: clock(other.plannedStartAt), to: clock(other.plannedEndAt) } : null;
    const covers = !span || own.some(([from, to]) => from <= span[0] && span[1] <= to);
    const status = u.id === tour.driverId ? "current" as const : !own.length ? "unavailable" as const : other ? "busy" as const : covers ? "free" as const : "other_hours" as const;
    return { id: u.id, displayName: u.displayName, status, hours, round };
  }).sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || byName(a.displayName, b.displayName));
  const ownCar = Boolean(tour.vehicle?.ownerId);
  return {
    tourId: tour.id,
    vehicle: tour.vehicle ? { id: tour.vehicle.id, name: tour.vehicle.name } : null,
    driver: tour.driver,
    blocked: started ? "started" : ownCar ? "own_car" : null,
    from: clock(tour.plannedStartAt),
    to: clock(tour.plannedEndAt),
    drivers,
  };
}

/** Who could take the round, free drivers first, and why not the others. */
export async function roundDrivers({ services, actor, tourId }: { services: Services; actor: Actor; tourId: string }): Promise<RoundDrivers> {
  return describeDrivers(services.db.prisma, await loadRound(services.db.prisma, actor, tourId));
}

/** Gives the round to `driverId`, checked again inside the transaction that writes it. */
export async function changeRoundDriver({ services, actor, tourId, driverId, reason }: { services: Services; actor: Actor; tourId: string; driverId: string; reason: "absent" | "swap" }): Promise<RoundDrivers> {
  await services.db.prisma.$transaction(async (tx) => {
    // Taken first, so two coordinators handing the same round over at once are served one after the other.
    await tx.$queryRaw`SELECT id FROM "Tour" WHERE id = ${tourId}::uuid FOR UPDATE`;
    const round = await loadRound(tx, actor, tourId);
    const { tour } = round;
    const view = await describeDrivers(tx, round);
    if (view.blocked === "started") throw new ApiError("tour_started", "the round has started or is closed: it cannot be handed over; report its vehicle broken down (POST /api/planning/{date}/breakdowns) to re-plan what is left onto the other rounds");
    if (view.blocked === "own_car") {
      throw new ApiError("own_car", `${tour.vehicle!.name} is a volunteer's own car: it goes out only with its owner; report it broken down to re-plan its stops onto the other rounds`, [
        { in: "body", path: "driverId", message: "the car goes out only with its owner" },
      ]);
    }
    const chosen = view.drivers.find((d) => d.id === driverId);
    if (!chosen) throw new ApiError("validation_failed", "choose one of the organisation's drivers", [{ in: "body", path: "driverId", message: "not a driver of this organisation" }]);
    if (chosen.status === "current") throw new ApiError("validation_failed", "this driver already drives the round", [{ in: "body", path: "driverId", message: "already the round's driver" }]);
    if (chosen.status !== "free") {
      const why = chosen.status === "busy" ? `drives ${chosen.round!.vehicle} at that time` : chosen.status === "other_hours" ? "is available at other hours only that day" : "is not available that day";
      throw new ApiError("driver_not_free", `${chosen.displayName} ${why}`, [{ in: "body", path: "driverId", message: chosen.status }]);
    }
    const published = tour.status === "published";
    const row = await tx.tour.update({ where: { id: tourId }, data: { driverId, ...(published ? { version: { increment: 1 } } : {}) } });
    await recordAudit(tx, {
      actor, organisationId: tour.organisationId, action: "change_driver", entity: "Tour", entityId: tourId,
      changes: { driverId: { from: tour.driverId, to: driverId }, version: row.version, reason },
    });
    if (reason === "absent" && tour.driverId) await markAway(tx, actor, { driverId: tour.driverId, organisationId: tour.organisationId, date: tour.date, tourId });
  });
  return roundDrivers({ services, actor, tourId });
}

/** The former driver is not available that day: their rows for that date give way to a day off. */
async function markAway(tx: Db, actor: Actor, day: { driverId: string; organisationId: string; date: Date; tourId: string }) {
  const { driverId, organisationId, date, tourId } = day;
  await tx.driverAvailability.deleteMany({ where: { driverId, organisationId, date } });
  await tx.driverAvailability.create({ data: { driverId, organisationId, date, fromMinute: 0, toMinute: 24 * 60, available: false } });
  await recordAudit(tx, { actor, organisationId, action: "update", entity: "DriverAvailability", entityId: driverId, changes: { date: isoDate(date), available: false, handedOver: tourId } });
}
