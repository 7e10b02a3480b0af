/**
 * Vehicles (with their compartments) per coordinated organisation; each starts from a home site in use.
 * A retired vehicle (`active: false`) is no longer planned but stays on past rounds.
 */
import type { VehicleInputSchema, VehiclePatchSchema, Vehicle as VehicleView } from "@tournee/domain";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import { Prisma } from "../../generated/prisma/client.js";
import { ApiError, forbidden, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { refuseRoundsToCome } from "./rounds-to-come.js";

type Ctx = { services: Services; actor: Actor };
const include = { homeSite: { select: { id: true, name: true } }, compartments: { orderBy: { compartment: "asc" as const } }, owner: { select: { id: true, displayName: true } } };
type Row = Prisma.VehicleGetPayload<{ include: typeof include }>;

function vehicleView(v: Row): VehicleView {
  return {
    id: v.id, organisationId: v.organisationId, name: v.name, plate: v.plate, refrigerated: v.refrigerated, homeSite: v.homeSite,
    workStartMinute: v.workStartMinute, workEndMinute: v.workEndMinute, maxStops: v.maxStops, active: v.active,
    compartments: v.compartments.map(({ compartment, capacity }) => ({ compartment, capacity })),
    reloadMinutes: v.reloadMinutes, maxTrips: v.maxTrips, owner: v.owner, mileageAllowanceCents: v.mileageAllowanceCents,
  };
}

export async function listVehicles({ services, actor }: Ctx) {
  const rows = await services.db.prisma.vehicle.findMany({ where: { organisationId: coordinatedOrganisations(actor) }, include, orderBy: { name: "asc" } });
  return rows.map(vehicleView);
}

async function checkSite(services: Services, organisationId: string, siteId: string | undefined) {
  if (!siteId) return;
  if (!(await services.db.prisma.site.count({ where: { id: siteId, organisationId, archivedAt: null } }))) {
    throw new ApiError("validation_failed", "homeSiteId is not a site of this organisation in use (retired sites cannot be chosen)", [{ in: "body", path: "homeSiteId", message: "choose one of the organisation's sites" }]);
  }
}

/** A volunteer's car belongs to one of the organisation's drivers. */
async function checkOwner(services: Services, organisationId: string, ownerId: string | null | undefined) {
  if (!ownerId) return;
  if (!(await services.db.prisma.membership.count({ where: { userId: ownerId, organisationId, role: "driver", user: { disabledAt: null } } }))) {
    throw new ApiError("validation_failed", "ownerId is not a driver of this organisation", [{ in: "body", path: "ownerId", message: "choose one of the organisation's drivers" }]);
  }
}

/** What a change leaves: a number of trips only on a vehicle that reloads, an allowance only on a volunteer's car. */
function checkConsistent(v: { reloadMinutes: number | null; maxTrips: number | null; ownerId: string | null; mileageAllowanceCents: number | null }) {
  if (v.maxTrips !== null && v.reloadMinutes === null) throw new ApiError("validation_failed", "a number of trips needs the vehicle to come back to reload", [{ in: "body", path: "maxTrips", message: "set reloadMinutes too, or clear maxTrips" }]);
  if (v.mileageAllowanceCents !== null && v.ownerId === null) throw new ApiError("validation_failed", "a mileage allowance needs the volunteer whose car it is", [{ in: "body", path: "mileageAllowanceCents", message: "set ownerId too, or clear the allowance" }]);
}

const duplicatePlate = (error: unknown): never => {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ApiError("conflict", "a compartment appears twice: give each once");
  throw error;
};

export async function createVehicle({ services, actor, input }: Ctx & { input: z.output<typeof VehicleInputSchema> }) {
  const allowed = await services.db.prisma.organisation.count({ where: { id: { equals: input.organisationId, ...coordinatedOrganisations(actor) } } });
  if (!allowed) throw forbidden("you do not coordinate this organisation");
  await checkSite(services, input.organisationId, input.homeSiteId);
  await checkOwner(services, input.organisationId, input.ownerId);
  const { compartments, ...fields } = input;
  const vehicle = await services.db.prisma
    .$transaction(async (tx) => {
      const created = await tx.vehicle.create({ data: { ...fields, compartments: { create: compartments } }, include });
      await recordAudit(tx, { actor, organisationId: input.organisationId, action: "create", entity: "Vehicle", entityId: created.id, changes: input });
      return created;
    })
    .catch(duplicatePlate);
  return vehicleView(vehicle);
}

export async function updateVehicle({ services, actor, id, patch }: Ctx & { id: string; patch: z.output<typeof VehiclePatchSchema> }) {
  const existing = await services.db.prisma.vehicle.findFirst({ where: { id, organisationId: coordinatedOrganisations(actor) } });
  if (!existing) throw notFound("vehicle");
  await checkSite(services, existing.organisationId, patch.homeSiteId);
  const start = patch.workStartMinute ?? existing.workStartMinute;
  const end = patch.workEndMinute ?? existing.workEndMinute;
  if (start >= end) throw new ApiError("validation_failed", "the working day must end after it starts", [{ in: "body", path: "workEndMinute", message: "must be after workStartMinute" }]);
  await checkOwner(services, existing.organisationId, patch.ownerId);
  const kept = <K extends "reloadMinutes" | "maxTrips" | "ownerId" | "mileageAllowanceCents">(key: K) => (patch[key] === undefined ? existing[key] : patch[key]);
  checkConsistent({ reloadMinutes: kept("reloadMinutes"), maxTrips: kept("maxTrips"), ownerId: kept("ownerId"), mileageAllowanceCents: kept("mileageAllowanceCents") });
  const { compartments, ...fields } = patch;
  const retiring = patch.active === false && existing.active;
  const action = retiring ? "retire" : patch.active === true && !existing.active ? "reinstate" : "update";
  const vehicle = await services.db.prisma.$transaction(async (tx) => {
    if (retiring) await refuseRoundsToCome(tx, services.now(), existing.organisationId, { vehicleId: id }, `vehicle ${existing.name}`);
    if (compartments) {
      await tx.vehicleCompartment.deleteMany({ where: { vehicleId: id } });
      await tx.vehicleCompartment.createMany({ data: compartments.map((c) => ({ ...c, vehicleId: id })) });
    }
    const updated = await tx.vehicle.update({ where: { id }, data: fields, include });
    await recordAudit(tx, { actor, organisationId: existing.organisationId, action, entity: "Vehicle", entityId: id, changes: patch });
    return updated;
  }).catch(duplicatePlate);
  return vehicleView(vehicle);
}
