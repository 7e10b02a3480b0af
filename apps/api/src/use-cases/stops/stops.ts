/** Halts and home drops of the organisations a coordinator manages; pins are moved by editing the position. */
import type { StopInputSchema, StopListQuerySchema, StopPatchSchema, Stop as StopView } from "@tournee/domain";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import type { Stop } from "../../generated/prisma/client.js";
import { ApiError, forbidden, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { checkPostcode } from "../check-address.js";
import { checkHaltHost } from "../communes/halt-host.js";
import { recordAudit } from "../record-audit.js";

type Ctx = { services: Services; actor: Actor };

export function stopView(s: Stop): StopView {
  const { id, organisationId, kind, name, addressLine, postcode, city, citycode, country, latitude, longitude, accessNotes, householdId, hostOrganisationId, hostPlace } = s;
  return { id, organisationId, kind, name, addressLine, postcode, city, citycode, country, latitude, longitude, accessNotes, householdId, hostOrganisationId, hostPlace };
}

export async function listStops({ services, actor, query }: Ctx & { query: z.output<typeof StopListQuerySchema> }) {
  const organisationId = query.organisationId ? { equals: query.organisationId, ...coordinatedOrganisations(actor) } : coordinatedOrganisations(actor);
  const rows = await services.db.prisma.stop.findMany({
    where: { organisationId, archivedAt: null, ...(query.kind ? { kind: query.kind } : {}) },
    orderBy: [{ city: "asc" }, { name: "asc" }],
    take: 5000,
  });
  return rows.map(stopView);
}

export async function createStop({ services, actor, input }: Ctx & { input: z.output<typeof StopInputSchema> }) {
  const prisma = services.db.prisma;
  const allowed = await prisma.organisation.count({ where: { id: { equals: input.organisationId, ...coordinatedOrganisations(actor) } } });
  if (!allowed) throw forbidden("you do not coordinate this organisation");
  if ((input.kind === "home_drop") !== Boolean(input.householdId)) {
    throw new ApiError("validation_failed", "a home drop needs its household, a halt has none", [
      { in: "body", path: "householdId", message: input.kind === "home_drop" ? "choose the household whose door it is" : "remove householdId for a halt" },
    ]);
  }
  if (input.householdId) {
    const household = await prisma.household.count({ where: { id: input.householdId, organisationId: input.organisationId, archivedAt: null } });
    if (!household) throw new ApiError("validation_failed", "householdId is not a household of this organisation", [{ in: "body", path: "householdId", message: "choose one of the organisation's households" }]);
    if (await prisma.stop.count({ where: { householdId: input.householdId } })) throw new ApiError("conflict", "this household already has a home drop: move its pin instead");
  }
  await checkHaltHost(prisma, { kind: input.kind, hostOrganisationId: input.hostOrganisationId ?? null, hostPlace: input.hostPlace ?? null });
  const postcode = input.postcode === undefined ? undefined : checkPostcode(input.country, input.postcode);
  const stop = await prisma.$transaction(async (tx) => {
    const created = await tx.stop.create({ data: { ...input, ...(postcode === undefined ? {} : { postcode }) } });
    await recordAudit(tx, { actor, organisationId: input.organisationId, action: "create", entity: "Stop", entityId: created.id, changes: input });
    return created;
  });
  return stopView(stop);
}

export async function updateStop({ services, actor, id, patch }: Ctx & { id: string; patch: z.output<typeof StopPatchSchema> }) {
  const prisma = services.db.prisma;
  const existing = await prisma.stop.findFirst({ where: { id, archivedAt: null, organisationId: coordinatedOrganisations(actor) } });
  if (!existing) throw notFound("stop");
  const { archived, ...fields } = patch;
  const postcode = patch.postcode ?? (patch.country !== undefined ? existing.postcode : null);
  const checked = postcode === null ? {} : { postcode: checkPostcode(patch.country ?? existing.country, postcode) };
  // A commune typed again without its code is no longer known to be the one the code named.
  const citycode = patch.city !== undefined && patch.city !== existing.city && patch.citycode === undefined ? { citycode: null } : {};
  const data = { ...fields, ...checked, ...citycode, ...(archived === undefined ? {} : { archivedAt: archived ? services.now() : null }) };
  if (patch.hostOrganisationId !== undefined || patch.hostPlace !== undefined) {
    // Removing the host lets its place go with it.
    const hostOrganisationId = patch.hostOrganisationId === undefined ? existing.hostOrganisationId : patch.hostOrganisationId;
    const hostPlace = patch.hostPlace === undefined ? (hostOrganisationId ? existing.hostPlace : null) : patch.hostPlace;
    await checkHaltHost(prisma, { kind: existing.kind, hostOrganisationId, hostPlace });
    Object.assign(data, { hostOrganisationId, hostPlace });
  }
  const stop = await prisma.$transaction(async (tx) => {
    const updated = await tx.stop.update({ where: { id }, data });
    await recordAudit(tx, { actor, organisationId: existing.organisationId, action: archived ? "archive" : "update", entity: "Stop", entityId: id, changes: patch });
    return updated;
  });
  return stopView(stop);
}
