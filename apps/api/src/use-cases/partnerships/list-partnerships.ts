/** The console organisation's partnerships, the organisations it may propose one to, and its own weekly rounds. */
import type { PartnershipsOverview } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { consoleOrganisation } from "./console-organisation.js";
import { PARTNERSHIP_INCLUDE, partnershipView, visiblePartnerships } from "./partnership-records.js";

/** Organisations that deliver, or whose deliveries are carried: not producers (their supply is another agreement). */
const POOLING_KINDS = ["social_grocery", "solidarity_bakery", "partner"] as const;

export async function listPartnerships({ services, actor }: { services: Services; actor: Actor }): Promise<PartnershipsOverview> {
  const prisma = services.db.prisma;
  const ours = consoleOrganisation(actor);
  const [partnerships, organisations, rounds] = await Promise.all([
    prisma.partnership.findMany({ where: visiblePartnerships(actor), include: PARTNERSHIP_INCLUDE, orderBy: [{ createdAt: "desc" }] }),
    prisma.organisation.findMany({ where: { id: { not: ours }, kind: { in: [...POOLING_KINDS] } }, select: { id: true, name: true, kind: true }, orderBy: { name: "asc" } }),
    prisma.tourTemplate.findMany({ where: { organisationId: ours, active: true }, select: { id: true, name: true, weekday: true }, orderBy: [{ weekday: "asc" }, { name: "asc" }] }),
  ]);
  const rank = { proposed: 0, active: 1, declined: 2, ended: 3 } as const;
  return {
    partnerships: partnerships.map((p) => partnershipView(actor, p)).sort((a, b) => rank[a.status] - rank[b.status]),
    organisations: organisations.map(({ kind, ...o }) => ({ ...o, delivers: kind !== "partner" })),
    rounds,
  };
}
