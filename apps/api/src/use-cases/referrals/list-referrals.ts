/** Referrals the person may see: a referrer's own, a coordinator's groceries'; waiting ones first, oldest first. */
import type { ReferralStatus } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { visibleReferrals } from "../../auth/scopes.js";
import { notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { referralInclude, referralView } from "./referral-view.js";

export async function listReferrals({ services, actor, status }: { services: Services; actor: Actor; status?: ReferralStatus | undefined }) {
  const rows = await services.db.prisma.referral.findMany({
    where: { AND: [visibleReferrals(actor), status ? { status } : {}] },
    include: referralInclude,
    orderBy: [{ createdAt: "desc" }],
    take: 500,
  });
  const views = rows.map(referralView);
  return [...views.filter((r) => r.status === "pending").reverse(), ...views.filter((r) => r.status !== "pending")];
}

export async function getReferral({ services, actor, id }: { services: Services; actor: Actor; id: string }) {
  const row = await services.db.prisma.referral.findFirst({ where: { AND: [{ id }, visibleReferrals(actor)] }, include: referralInclude });
  if (!row) throw notFound("referral");
  return referralView(row);
}
