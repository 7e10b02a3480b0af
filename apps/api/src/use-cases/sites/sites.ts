/**
 * Sites of the organisations a coordinator manages: depots and warehouses vehicles start from,
 * bakeries bread is collected at, farms. Moving a site is editing its position; retiring it
 * (archived) is refused while a vehicle in service starts from it, so no plan loses its start.
 */
import type { SiteInputSchema, SiteListQuerySchema, SitePatchSchema, Site as SiteView } from "@tournee/domain";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { ApiError, forbidden, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { checkPostcode } from "../check-address.js";
import { recordAudit } from "../record-audit.js";

type Ctx = { services: Services; actor: Actor };
const include = { vehicles: { where: { active: true }, select: { id: true, name: true }, orderBy: { name: "asc" as const } } } satisfies Prisma.SiteInclude;
type Row = Prisma.SiteGetPayload<{ include: typeof include }>;

export function siteView(s: Row): SiteView {
  return {
    id: s.id, organisationId: s.organisationId, kind: s.kind, name: s.name, addressLine: s.addressLine, postcode: s.postcode, city: s.city, country: s.country,
    latitude: s.latitude, longitude: s.longitude, openingHours: Array.isArray(s.openingHours) ? (s.openingHours as SiteView["openingHours"]) : [],
    archived: s.archivedAt !== null, vehicles: s.vehicles,
  };
}

export async function listSites({ services, actor, query }: Ctx & { query: z.output<typeof SiteListQuerySchema> }) {
  const organisationId = query.organisationId ? { equals: query.organisationId, ...coordinatedOrganisations(actor) } : coordinatedOrganisations(actor);
  const rows = await services.db.prisma.site.findMany({
    where: { organisationId, ...(query.archived === "true" ? {} : { archivedAt: null }) },
    include, orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
  });
  return rows.map(siteView);
}

export async function createSite({ services, actor, input }: Ctx & { input: z.output<typeof SiteInputSchema> }) {
  const prisma = services.db.prisma;
  const allowed = await prisma.organisation.count({ where: { id: { equals: input.organisationId, ...coordinatedOrganisations(actor) } } });
  if (!allowed) throw forbidden("you do not coordinate this organisation");
  const postcode = input.postcode === undefined ? undefined : checkPostcode(input.country, input.postcode);
  const site = await prisma.$transaction(async (tx) => {
    const created = await tx.site.create({ data: { ...input, ...(postcode === undefined ? {} : { postcode }) }, include });
    await recordAudit(tx, { actor, organisationId: input.organisationId, action: "create", entity: "Site", entityId: created.id, changes: input });
    return created;
  });
  return siteView(site);
}

export async function updateSite({ services, actor, id, patch }: Ctx & { id: string; patch: z.output<typeof SitePatchSchema> }) {
  const prisma = services.db.prisma;
  const existing = await prisma.site.findFirst({ where: { id, organisationId: coordinatedOrganisations(actor) }, include });
  if (!existing) throw notFound("site");
  const { archived, ...fields } = patch;
  const postcode = patch.postcode ?? (patch.country !== undefined ? existing.postcode : null);
  const checked = postcode === null ? {} : { postcode: checkPostcode(patch.country ?? existing.country, postcode) };
  const retiring = archived === true && existing.archivedAt === null;
  if (retiring && existing.vehicles.length) {
    throw new ApiError("site_in_use", `vehicles in service start from ${existing.name}: ${existing.vehicles.map((v) => v.name).join(", ")}. Give them another home site first`, [
      { in: "body", path: "archived", message: `home site of ${existing.vehicles.map((v) => v.name).join(", ")}` },
    ]);
  }
  const data = { ...fields, ...checked, ...(archived === undefined ? {} : { archivedAt: archived ? (existing.archivedAt ?? services.now()) : null }) };
  const site = await prisma.$transaction(async (tx) => {
    const updated = await tx.site.update({ where: { id }, data, include });
    const action = retiring ? "retire" : archived === false && existing.archivedAt ? "reinstate" : "update";
    await recordAudit(tx, { actor, organisationId: existing.organisationId, action, entity: "Site", entityId: id, changes: patch });
    return updated;
  });
  return siteView(site);
}
