/**
 * Administrators create and edit organisations: kind, name, address, time zone, order cutoff
 * rule and default price policy. Every change is audited with what changed.
 */
import type { OrganisationInputSchema, OrganisationPatchSchema } from "@tournee/domain";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import type { Organisation } from "../../generated/prisma/client.js";
import { notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";

type Ctx = { services: Services; actor: Actor };

export function adminOrganisationView(o: Organisation & { _count: { memberships: number } }) {
  const { id, slug, name, kind, addressLine, postcode, city, phone, timeZone, cutoffDaysBefore, cutoffMinute, defaultSocialPricing, createdAt } = o;
  return { id, slug, name, kind, addressLine, postcode, city, phone, timeZone, cutoffDaysBefore, cutoffMinute, defaultSocialPricing, createdAt: createdAt.toISOString(), members: o._count.memberships };
}

const withMembers = { _count: { select: { memberships: { where: { role: { not: "resident" as const } } } } } };

export async function listOrganisations({ services }: Ctx) {
  const rows = await services.db.prisma.organisation.findMany({ include: withMembers, orderBy: { name: "asc" } });
  return rows.map(adminOrganisationView);
}

/** "Épicerie solidaire d'Aubusson" → "epicerie-solidaire-d-aubusson", made unique with a number. */
export function slugOf(name: string, taken: ReadonlySet<string>): string {
  const base = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "organisation";
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

export async function createOrganisation({ services, actor, input }: Ctx & { input: z.output<typeof OrganisationInputSchema> }) {
  const prisma = services.db.prisma;
  const base = slugOf(input.name, new Set());
  const taken = new Set((await prisma.organisation.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((o) => o.slug));
  const created = await prisma.$transaction(async (tx) => {
    const row = await tx.organisation.create({ data: { ...input, slug: slugOf(input.name, taken) }, include: withMembers });
    await recordAudit(tx, { actor, organisationId: row.id, action: "create", entity: "Organisation", entityId: row.id, changes: input });
    return row;
  });
  return adminOrganisationView(created);
}

export async function updateOrganisation({ services, actor, id, patch }: Ctx & { id: string; patch: z.output<typeof OrganisationPatchSchema> }) {
  const prisma = services.db.prisma;
  const before = await prisma.organisation.findUnique({ where: { id } });
  if (!before) throw notFound("organisation");
  const updated = await prisma.$transaction(async (tx) => {
    const row = await tx.organisation.update({ where: { id }, data: patch, include: withMembers });
    const changes = Object.fromEntries(Object.entries(patch).filter(([key, value]) => before[key as keyof Organisation] !== value).map(([key, value]) => [key, { from: before[key as keyof Organisation] as never, to: value as never }]));
    await recordAudit(tx, { actor, organisationId: id, action: "update", entity: "Organisation", entityId: id, changes });
    return row;
  });
  return adminOrganisationView(updated);
}
