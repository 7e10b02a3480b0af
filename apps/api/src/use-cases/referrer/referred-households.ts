/**
 * The referrer's portal, on a need-to-know basis: the households she referred with where their
 * eligibility stands, most urgent first; and one household's identity, contact, eligibility
 * history with who decided, her requests, and — only if the household agreed — whether it still
 * comes. Never order contents, driver notes, access notes or wellbeing concerns.
 */
import { localDateOf } from "@tournee/domain/calendar";
import type { Eligibility } from "@tournee/domain/pricing";
import type { Actor } from "../../auth/actor.js";
import { visibleEligibilities, visibleHouseholds, visibleReferrals } from "../../auth/scopes.js";
import { isoDate } from "../../db/db-date.js";
import { notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { referralInclude, referralView } from "../referrals/referral-view.js";
import { attendanceOf } from "./attendance.js";
import { byUrgency, standingOf } from "./standing.js";

const rights = (e: { participationRatePercent: number; monthlyCapCents: number | null; validFrom: Date; validTo: Date; status: Eligibility["status"] }): Eligibility => ({
  participationRatePercent: e.participationRatePercent, monthlyCapCents: e.monthlyCapCents, validFrom: isoDate(e.validFrom), validTo: isoDate(e.validTo), status: e.status,
});

export async function listReferredHouseholds({ services, actor }: { services: Services; actor: Actor }) {
  const today = localDateOf(services.now());
  const rows = await services.db.prisma.household.findMany({
    where: visibleHouseholds(actor),
    select: {
      id: true, name: true, city: true,
      eligibilities: { where: visibleEligibilities(actor) },
      referrals: { where: { AND: [visibleReferrals(actor), { kind: "renewal", status: "pending" }] }, select: { createdAt: true } },
    },
    take: 1000,
  });
  return byUrgency(
    rows.map((h) => ({
      id: h.id, name: h.name, city: h.city,
      ...standingOf({ eligibilities: h.eligibilities.map(rights), renewalPending: h.referrals.length > 0, today }),
      pendingSince: h.referrals[0]?.createdAt.toISOString() ?? null,
    })),
  );
}

export async function getReferredHousehold({ services, actor, id }: { services: Services; actor: Actor; id: string }) {
  const prisma = services.db.prisma;
  const now = services.now();
  const h = await prisma.household.findFirst({
    where: { AND: [{ id }, visibleHouseholds(actor)] },
    include: {
      organisation: { select: { name: true } },
      eligibilities: { where: visibleEligibilities(actor), orderBy: { validFrom: "desc" }, include: { events: { orderBy: { at: "asc" }, include: { byUser: { select: { displayName: true } } } } } },
      referrals: { where: visibleReferrals(actor), include: referralInclude, orderBy: { createdAt: "desc" } },
    },
  });
  if (!h) throw notFound("household");
  const pending = h.referrals.filter((r) => r.kind === "renewal" && r.status === "pending");
  return {
    id: h.id, name: h.name, city: h.city, organisationId: h.organisationId, organisationName: h.organisation.name,
    addressLine: h.addressLine, postcode: h.postcode, phone: h.phone, contactChannel: h.contactChannel, peopleCount: h.peopleCount, mobility: h.mobility,
    ...standingOf({ eligibilities: h.eligibilities.map(rights), renewalPending: pending.length > 0, today: localDateOf(now) }),
    pendingSince: pending[0]?.createdAt.toISOString() ?? null,
    eligibilities: h.eligibilities.map((e) => ({
      ...rights(e), id: e.id,
      events: e.events.map((ev) => ({ status: ev.status, validTo: ev.validTo ? isoDate(ev.validTo) : null, at: ev.at.toISOString(), by: ev.byUser?.displayName ?? null, note: ev.note })),
    })),
    requests: h.referrals.map(referralView),
    attendance: await attendanceOf(prisma, h.id, now),
  };
}

/** The social groceries a referrer can send a household to. */
export async function listReferralGroceries({ services }: { services: Services }) {
  return services.db.prisma.organisation.findMany({ where: { kind: "social_grocery" }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
