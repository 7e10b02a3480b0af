/** The audit log, newest first, filtered by organisation, person and date; 50 entries a page. */
import type { AuditQuerySchema } from "@tournee/domain";
import { zonedToInstant, addDays } from "@tournee/domain/calendar";
import type { z } from "zod";
import type { Services } from "../../services.js";
import { nameAuditSubjects } from "./audit-subjects.js";

const PAGE = 50;

export async function listAuditEntries({ services, query }: { services: Services; query: z.output<typeof AuditQuerySchema> }) {
  // Days are France's: from the start of `from` to the end of `to`.
  const at = {
    ...(query.from ? { gte: zonedToInstant(query.from, "00:00") } : {}),
    ...(query.to ? { lt: zonedToInstant(addDays(query.to, 1), "00:00") } : {}),
  };
  const rows = await services.db.prisma.auditEntry.findMany({
    where: {
      ...(query.organisationId ? { organisationId: query.organisationId } : {}),
      ...(query.actorId ? { actorId: query.actorId } : {}),
      ...(query.from || query.to ? { at } : {}),
      ...(query.before ? { id: { lt: BigInt(query.before) } } : {}),
    },
    include: { actor: { select: { id: true, displayName: true } }, organisation: { select: { id: true, name: true } } },
    orderBy: { id: "desc" },
    take: PAGE + 1,
  });
  const page = rows.slice(0, PAGE);
  const subjects = await nameAuditSubjects(services.db.prisma, page);
  const entries = page.map((e) => ({
    id: e.id.toString(), at: e.at.toISOString(), actor: e.actor, organisation: e.organisation, action: e.action, entity: e.entity, entityId: e.entityId,
    subject: subjects.get(`${e.entity}:${e.entityId}`) ?? null, changes: e.changes ?? null,
  }));
  return { entries, next: rows.length > PAGE ? entries.at(-1)!.id : null };
}
