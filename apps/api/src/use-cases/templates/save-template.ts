/** Creating and changing a published timetable. Halts are given in driving order and replace the old ones. */
import type { TourTemplateCreate, TourTemplateUpdate } from "@tournee/domain";
import { checkTourTemplate, type IsoWeekday } from "@tournee/domain/calendar";
import type { Actor } from "../../auth/actor.js";
import { ApiError } from "../../http/errors.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { coordinatedOrganisation, dbDate } from "../planning/coordinated-organisation.js";
import { findTemplate } from "./list-templates.js";
import { templateInclude, templateView } from "./template-view.js";

type Halts = TourTemplateCreate["halts"];

async function checkReferences(tx: Prisma.TransactionClient, organisationId: string, halts: Halts | undefined, vehicleId: string | null | undefined) {
  if (halts) {
    const ids = [...new Set(halts.map((h) => h.stopId))];
    if (ids.length !== halts.length) throw new ApiError("validation_failed", "a stop appears twice in the halts: each halt is a different stop", [{ in: "body", path: "halts", message: "duplicate stopId" }]);
    const found = await tx.stop.count({ where: { id: { in: ids }, organisationId, kind: "halt", archivedAt: null } });
    if (found !== ids.length) throw new ApiError("validation_failed", "every halt must be an active halt stop of the template's organisation", [{ in: "body", path: "halts", message: "unknown stop" }]);
    halts.forEach((h, i) => {
      const previous = halts[i - 1];
      if (previous && h.arrivalMinute < previous.arrivalMinute + previous.dwellMinutes) {
        throw new ApiError("validation_failed", `halt ${i} arrives before halt ${i - 1} is over: give the halts in driving order with increasing times`, [{ in: "body", path: `halts.${i}.arrivalMinute`, message: "before the previous halt ends" }]);
      }
    });
  }
  if (vehicleId && !(await tx.vehicle.count({ where: { id: vehicleId, organisationId } }))) {
    throw new ApiError("validation_failed", "the vehicle is not one of the organisation's", [{ in: "body", path: "vehicleId", message: "unknown vehicle" }]);
  }
}

function checkRecurrence(t: { weekday: number; everyWeeks: number; startDate: string; endDate?: string | null | undefined }) {
  try {
    checkTourTemplate({ weekday: t.weekday as IsoWeekday, everyWeeks: t.everyWeeks, startDate: t.startDate });
  } catch (error) {
    throw new ApiError("validation_failed", (error as Error).message);
  }
  if (t.endDate && t.endDate < t.startDate) throw new ApiError("validation_failed", "endDate is before startDate", [{ in: "body", path: "endDate", message: "before startDate" }]);
}

export async function createTemplate({ services, actor, input }: { services: Services; actor: Actor; input: TourTemplateCreate }) {
  const organisation = await coordinatedOrganisation(services, actor, input.organisationId);
  checkRecurrence(input);
  const row = await services.db.prisma.$transaction(async (tx) => {
    await checkReferences(tx, organisation.id, input.halts, input.vehicleId);
    const created = await tx.tourTemplate.create({
      data: {
        organisationId: organisation.id, name: input.name, vehicleId: input.vehicleId ?? null, weekday: input.weekday, everyWeeks: input.everyWeeks,
        startDate: dbDate(input.startDate), endDate: input.endDate ? dbDate(input.endDate) : null, departureMinute: input.departureMinute,
        halts: { create: input.halts.map((h, sequence) => ({ ...h, sequence })) },
      },
      include: templateInclude,
    });
    await recordAudit(tx, { actor, organisationId: organisation.id, action: "create", entity: "TourTemplate", entityId: created.id, changes: { name: input.name } });
    return created;
  });
  return templateView(row);
}

export async function updateTemplate({ services, actor, id, input }: { services: Services; actor: Actor; id: string; input: TourTemplateUpdate }) {
  const current = await findTemplate(services, actor, id);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  checkRecurrence({
    weekday: input.weekday ?? current.weekday, everyWeeks: input.everyWeeks ?? current.everyWeeks, startDate: input.startDate ?? iso(current.startDate),
    endDate: input.endDate === undefined ? (current.endDate && iso(current.endDate)) : input.endDate,
  });
  const { halts, startDate, endDate, ...rest } = input;
  const row = await services.db.prisma.$transaction(async (tx) => {
    await checkReferences(tx, current.organisationId, halts, input.vehicleId);
    if (halts) {
      await tx.tourTemplateHalt.deleteMany({ where: { templateId: id } });
      await tx.tourTemplateHalt.createMany({ data: halts.map((h, sequence) => ({ ...h, sequence, templateId: id })) });
    }
    const updated = await tx.tourTemplate.update({
      where: { id },
      data: { ...rest, ...(startDate ? { startDate: dbDate(startDate) } : {}), ...(endDate !== undefined ? { endDate: endDate ? dbDate(endDate) : null } : {}) },
      include: templateInclude,
    });
    await recordAudit(tx, { actor, organisationId: current.organisationId, action: "update", entity: "TourTemplate", entityId: id, changes: JSON.parse(JSON.stringify(input)) as Prisma.InputJsonValue });
    return updated;
  });
  return templateView(row);
}

export async function addException({ services, actor, id, input }: { services: Services; actor: Actor; id: string; input: { date: string; stopId?: string | null | undefined; reason: string } }) {
  const template = await findTemplate(services, actor, id);
  if (input.stopId && !template.halts.some((h) => h.stopId === input.stopId)) {
    throw new ApiError("validation_failed", "the stop is not a halt of this template", [{ in: "body", path: "stopId", message: "not a halt of the template" }]);
  }
  const row = await services.db.prisma.$transaction(async (tx) => {
    await tx.tourTemplateException.create({ data: { templateId: id, date: dbDate(input.date), stopId: input.stopId ?? null, reason: input.reason } });
    await recordAudit(tx, { actor, organisationId: template.organisationId, action: "add-exception", entity: "TourTemplate", entityId: id, changes: { date: input.date, stopId: input.stopId ?? null } });
    return tx.tourTemplate.findUniqueOrThrow({ where: { id }, include: templateInclude });
  });
  return templateView(row);
}

/** Removes every exception of a date (whole round and single halts); none there is not an error. */
export async function removeExceptions({ services, actor, id, date }: { services: Services; actor: Actor; id: string; date: string }) {
  const template = await findTemplate(services, actor, id);
  const row = await services.db.prisma.$transaction(async (tx) => {
    const removed = await tx.tourTemplateException.deleteMany({ where: { templateId: id, date: dbDate(date) } });
    if (removed.count) await recordAudit(tx, { actor, organisationId: template.organisationId, action: "remove-exception", entity: "TourTemplate", entityId: id, changes: { date } });
    return tx.tourTemplate.findUniqueOrThrow({ where: { id }, include: templateInclude });
  });
  return templateView(row);
}
