/**
 * A shared round's monthly statement, the same for both sides: every round of the carrier in the
 * month that carried the partner's deliveries, its km and hours as planned, at the rates of the
 * carrier's vehicle (per km, per hour), and the partner's share by the agreed key: its stops, its
 * orders or its volume out of the round's. Once the month is over the carrier posts the share to
 * the partners' mutual-credit ledger (post-pooled-statement.ts); the statement says how it stands.
 */
import { monthKey } from "@tournee/domain/calendar";
import type { CostShareKey, PartnershipSide, PooledStatement } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { dbDate, isoDate } from "../../db/db-date.js";
import type { Services } from "../../services.js";
import { covers, findPartnership, sideOf, type Partnership } from "./partnership-records.js";
import { statementKey } from "./statement-claim.js";

type Order = { organisationId: string; lines: { quantity: number; product: { sizePer100: number } }[] };

/** The key's measure of a set of orders: its stops (passages with an order), orders or volume. */
function measure(key: CostShareKey, passages: { orders: Order[] }[]): number {
  if (key === "stops") return passages.filter((p) => p.orders.length > 0).length;
  if (key === "orders") return passages.reduce((n, p) => n + p.orders.length, 0);
  return passages.reduce((n, p) => n + p.orders.reduce((m, o) => m + o.lines.reduce((v, l) => v + (l.quantity * l.product.sizePer100) / 100, 0), 0), 0);
}

export async function getPooledStatement({ services, actor, id, month }: { services: Services; actor: Actor; id: string; month?: string | undefined }): Promise<PooledStatement> {
  const partnership = await findPartnership(services.db.prisma, actor, id);
  return pooledStatementOf(services, partnership, month ?? monthKey(services.now()), sideOf(actor, partnership));
}

/** The month's statement of a partnership, read from `side` (the server posting the share reads it as the carrier). */
export async function pooledStatementOf(services: Services, partnership: Partnership, wanted: string, side: PartnershipSide): Promise<PooledStatement> {
  const prisma = services.db.prisma;
  const [year, m] = wanted.split("-").map(Number) as [number, number];
  const first = `${wanted}-01`;
  const last = isoDate(new Date(Date.UTC(year, m, 0)));
  const tours = await prisma.tour.findMany({
    where: {
      organisationId: partnership.carrierId,
      date: { gte: dbDate(first), lte: dbDate(last) },
      status: { not: "draft" },
      passages: { some: { orders: { some: { organisationId: partnership.partnerId, status: { not: "cancelled" } } } } },
    },
    include: {
      vehicle: true,
      passages: { where: { status: "scheduled" }, include: { orders: { where: { status: { not: "cancelled" } }, include: { lines: { include: { product: { select: { sizePer100: true } } } } } } } },
    },
    orderBy: { date: "asc" },
  });
  const rounds = tours
    .filter((t) => covers({ ...partnership, status: "active" }, { date: isoDate(t.date), templateId: t.templateId ?? partnership.templateId }))
    .map((t) => {
      const distanceM = t.plannedDistanceM ?? 0;
      const durationS = t.plannedDurationS ?? 0;
      const perKmCents = t.vehicle?.costPerKmCents ?? 0;
      const perHourCents = t.vehicle?.costPerHourCents ?? 0;
      const costCents = Math.round((distanceM / 1000) * perKmCents + (durationS / 3600) * perHourCents);
      const partnerBasis = measure(partnership.costKey, t.passages.map((p) => ({ orders: p.orders.filter((o) => o.organisationId === partnership.partnerId) })));
      const totalBasis = measure(partnership.costKey, t.passages);
      const partnerShareCents = totalBasis > 0 ? Math.round((costCents * partnerBasis) / totalBasis) : 0;
      return { date: isoDate(t.date), vehicleName: t.vehicle?.name ?? null, distanceM, durationS, perKmCents, perHourCents, costCents, partnerBasis: Math.round(partnerBasis * 100) / 100, totalBasis: Math.round(totalBasis * 100) / 100, partnerShareCents };
    });
  const partnerShareCents = rounds.reduce((n, r) => n + r.partnerShareCents, 0);
  return {
    partnershipId: partnership.id,
    month: wanted,
    ourSide: side,
    costKey: partnership.costKey,
    rounds,
    totalCostCents: rounds.reduce((n, r) => n + r.costCents, 0),
    partnerShareCents,
    ledger: await ledgerStanding(services, partnership, wanted, partnerShareCents, side === "carrier"),
  };
}

/** Where the month's share stands in the ledger: null when the two are not in one network. */
async function ledgerStanding(services: Services, p: { id: string; carrierId: string; partnerId: string }, month: string, shareCents: number, carrier: boolean) {
  const prisma = services.db.prisma;
  const accounts = await prisma.creditAccount.findMany({ where: { organisationId: { in: [p.carrierId, p.partnerId] } }, include: { network: true } });
  const mine = accounts.find((a) => a.organisationId === p.carrierId);
  const theirs = accounts.find((a) => a.organisationId === p.partnerId && a.networkId === mine?.networkId);
  if (!mine || !theirs) return null;
  const claim = await prisma.creditClaim.findUnique({ where: { networkId_key: { networkId: mine.networkId, key: statementKey(p.id, month) } } });
  const amount = claim?.amount ?? Math.round(shareCents / 100);
  return { claimId: claim?.id ?? null, status: claim?.status ?? null, amount, unitName: mine.network.unitName, unitPlural: mine.network.unitPlural, canPost: carrier && !claim && amount >= 1 && month < monthKey(services.now()) };
}
