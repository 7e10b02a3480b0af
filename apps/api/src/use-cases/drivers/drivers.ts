/** Drivers of the organisations a coordinator manages, their weekly availability and dated exceptions. */
import type { DriverAvailabilityInputSchema, Driver } from "@tournee/domain";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import { forbidden, notFound } from "../../http/errors.js";
import { dbDate, isoDate } from "../../db/db-date.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";

type Ctx = { services: Services; actor: Actor };

async function driversWhere({ services, actor }: Ctx, extra: { id?: string } = {}): Promise<Driver[]> {
  const organisationId = coordinatedOrganisations(actor);
  const users = await services.db.prisma.user.findMany({
    where: { ...extra, disabledAt: null, memberships: { some: { role: "driver", organisationId } } },
    include: {
      memberships: { where: { role: "driver", organisationId } },
      driverSlots: { where: { organisationId }, orderBy: [{ weekday: "asc" }, { date: "asc" }, { fromMinute: "asc" }] },
    },
    orderBy: { displayName: "asc" },
  });
  return users.map((u) => ({
    id: u.id,
    displayName: u.displayName,
    email: u.email,
    phone: u.phone,
    organisationIds: u.memberships.map((m) => m.organisationId),
    availability: u.driverSlots.map((s) => ({ weekday: s.weekday, date: s.date ? isoDate(s.date) : null, fromMinute: s.fromMinute, toMinute: s.toMinute, available: s.available })),
  }));
}

export const listDrivers = (ctx: Ctx) => driversWhere(ctx);

export async function setDriverAvailability(ctx: Ctx & { driverId: string; input: z.output<typeof DriverAvailabilityInputSchema> }) {
  const { services, actor, driverId, input } = ctx;
  const [driver] = await driversWhere(ctx, { id: driverId });
  if (!driver) throw notFound("driver");
  if (!driver.organisationIds.includes(input.organisationId)) throw forbidden("this driver does not drive for that organisation");
  await services.db.prisma.$transaction(async (tx) => {
    await tx.driverAvailability.deleteMany({ where: { driverId, organisationId: input.organisationId, weekday: { not: null } } });
    await tx.driverAvailability.createMany({ data: input.weekly.map((s) => ({ ...s, driverId, organisationId: input.organisationId })) });
    if (input.dated) {
      await tx.driverAvailability.deleteMany({ where: { driverId, organisationId: input.organisationId, date: { not: null } } });
      await tx.driverAvailability.createMany({ data: input.dated.map((s) => ({ ...s, date: dbDate(s.date), driverId, organisationId: input.organisationId })) });
    }
    await recordAudit(tx, { actor, organisationId: input.organisationId, action: "update", entity: "DriverAvailability", entityId: driverId, changes: input });
  });
  return (await driversWhere(ctx, { id: driverId }))[0]!;
}
