/** Reading the baskets back from their orders: per halt for the distribution, per member, per round for the producer. */
import { mondayOf, type AmapDistribution, type AmapMemberBaskets, type AmapProducerPlan } from "@tournee/domain";
import { addDays, localDateOf } from "@tournee/domain/calendar";
import { isAdmin, organisationsWith, type Actor } from "../../auth/actor.js";
import { dbDate, isoDate } from "../../db/db-date.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { ApiError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { orderingHousehold } from "../orders/ordering-household.js";
import { consoleContract, contractInclude } from "./amap-access.js";
import { comingWeeks, stopView } from "./contracts.js";

interface Ctx {
  services: Services;
  actor: Actor;
}

/** Weeks shown ahead to members and producers. */
const WEEKS_AHEAD = 6;

const basketInclude = {
  household: { select: { id: true, name: true } },
  lines: { select: { quantity: true, socialPrice: true } },
  handover: { select: { outcome: true } },
  amapSubscription: { include: { size: true } },
  passage: { include: { stop: true, template: { select: { name: true } } } },
} satisfies Prisma.OrderInclude;
type Basket = Prisma.OrderGetPayload<{ include: typeof basketInclude }>;

function stateOf(o: Pick<Basket, "handover" | "status">) {
  if (o.handover?.outcome === "delivered" || o.handover?.outcome === "partial" || o.status === "delivered" || o.status === "partially_delivered") return "handed_over" as const;
  if (o.handover || o.status === "not_collected") return "not_collected" as const;
  return "coming" as const;
}

const quantityOf = (o: Pick<Basket, "lines">) => o.lines.reduce((n, l) => n + l.quantity, 0);
const timeOf = (p: { publishedArrival: Date | null; windowStart: Date }) => ({ time: (p.publishedArrival ?? p.windowStart).toISOString(), timeTold: p.publishedArrival !== null });
const inWeek = (week: string) => ({ gte: dbDate(week), lte: dbDate(addDays(week, 6)) });

async function basketsOf(db: Prisma.TransactionClient, where: Prisma.OrderWhereInput): Promise<Basket[]> {
  return db.order.findMany({ where: { AND: [where, { amapSubscriptionId: { not: null }, status: { not: "cancelled" } }] }, include: basketInclude, orderBy: [{ passage: { date: "asc" } }, { household: { name: "asc" } }] });
}

/** The delivery week of the contract's next basket from `today`. */
export async function nextBasketWeek(db: Prisma.TransactionClient, contractId: string, today: string): Promise<string | undefined> {
  const next = await db.order.findFirst({ where: { amapSubscription: { contractId }, status: { not: "cancelled" }, passage: { date: { gte: dbDate(today) } } }, orderBy: { passage: { date: "asc" } }, select: { passage: { select: { date: true } } } });
  return next ? mondayOf(isoDate(next.passage.date)) : undefined;
}

export async function distribution({ services, actor, id, week }: Ctx & { id: string; week: string | undefined }): Promise<AmapDistribution> {
  const contract = await consoleContract(services, actor, id, "read");
  const now = services.now();
  const weeks = comingWeeks(contract, now);
  const chosen = week ?? (await nextBasketWeek(services.db.prisma, id, localDateOf(now))) ?? weeks[0];
  if (!chosen) throw new ApiError("validation_failed", "the season is over: give a week", [{ in: "query", path: "week", message: "required once the season is over" }]);
  const db = services.db.prisma;
  const baskets = await basketsOf(db, { amapSubscription: { contractId: id }, passage: { date: inWeek(chosen) } });
  const byPassage = new Map<string, Basket[]>();
  for (const b of baskets) byPassage.set(b.passageId, [...(byPassage.get(b.passageId) ?? []), b]);
  const subs = await db.amapSubscription.findMany({ where: { contractId: id, endedAt: null }, include: { household: { select: { id: true, name: true } }, size: true, stop: true, skips: { where: { week: dbDate(chosen) } } } });
  const served = new Set(baskets.map((b) => b.amapSubscriptionId));
  const skipped = subs.filter((s) => s.skips.length > 0);
  const waiting = subs.filter((s) => !s.skips.length && !served.has(s.id));
  const passages = await db.passage.findMany({ where: { organisationId: contract.carrierId, status: "scheduled", stopId: { in: waiting.map((s) => s.stopId) }, date: inWeek(chosen) }, select: { stopId: true } });
  const withPassage = new Set(passages.map((p) => p.stopId));
  const composition = await db.amapComposition.findUnique({ where: { contractId_week: { contractId: id, week: dbDate(chosen) } } });
  return {
    contract: { id: contract.id, name: contract.name, skipRule: contract.skipRule },
    week: chosen, weeks, composition: composition?.text ?? null,
    stops: [...byPassage.values()].map((list) => {
      const p = list[0]!.passage;
      return {
        passageId: p.id, date: isoDate(p.date), stop: stopView(p.stop), roundName: p.template?.name ?? null, ...timeOf(p), cutoffAt: p.cutoffAt.toISOString(),
        baskets: list.map((b) => ({ orderId: b.id, household: b.household, size: b.amapSubscription!.size.name, quantity: quantityOf(b), solidarity: b.lines.some((l) => l.socialPrice), state: stateOf(b) })),
      };
    }).sort((a, b) => a.date.localeCompare(b.date) || a.time.localeCompare(b.time)),
    skipped: skipped.map((s) => ({ household: s.household, size: s.size.name })),
    unserved: waiting.filter((s) => !withPassage.has(s.stopId)).map((s) => ({ household: s.household, stop: stopView(s.stop) })),
  };
}

export async function memberBaskets({ services, actor, householdId }: Ctx & { householdId: string }): Promise<AmapMemberBaskets> {
  const { household } = await orderingHousehold(services, actor, householdId);
  const db = services.db.prisma;
  const now = services.now();
  const today = localDateOf(now);
  const subs = await db.amapSubscription.findMany({ where: { householdId: household.id, endedAt: null }, include: { contract: { include: contractInclude }, size: true, stop: true, skips: true }, orderBy: { createdAt: "asc" } });
  const result: AmapMemberBaskets = [];
  for (const sub of subs) {
    const weeks = comingWeeks(sub.contract, now).slice(0, WEEKS_AHEAD);
    if (!weeks.length) continue;
    const span = { gte: dbDate(weeks[0]!), lte: dbDate(addDays(weeks.at(-1)!, 6)) };
    const baskets = await basketsOf(db, { amapSubscriptionId: sub.id, passage: { date: span } });
    const passages = await db.passage.findMany({ where: { organisationId: sub.contract.carrierId, stopId: sub.stopId, status: "scheduled", date: span }, orderBy: { date: "asc" } });
    const compositions = await db.amapComposition.findMany({ where: { contractId: sub.contractId, week: span } });
    const skipped = new Set(sub.skips.map((k) => isoDate(k.week)));
    result.push({
      subscriptionId: sub.id,
      contract: { id: sub.contract.id, name: sub.contract.name, producerName: sub.contract.producer.name, skipRule: sub.contract.skipRule, lastDate: isoDate(sub.contract.lastDate) },
      size: { id: sub.size.id, name: sub.size.name, priceCents: sub.size.priceCents }, stop: stopView(sub.stop), solidarity: sub.solidarity,
      // Weeks to come whose passage is known (or that the member skipped); a week the rounds are not planned for yet is not news.
      baskets: weeks.flatMap((week) => {
        const end = addDays(week, 6);
        const basket = baskets.find((b) => isoDate(b.passage.date) >= week && isoDate(b.passage.date) <= end);
        const passage = basket?.passage ?? passages.find((p) => isoDate(p.date) >= week && isoDate(p.date) <= end);
        if (!basket && !skipped.has(week)) return [];
        if ((passage ? isoDate(passage.date) : end) < today) return [];
        const state = basket ? stateOf(basket) : ("skipped" as const);
        const when = passage ? timeOf(passage) : { time: null, timeTold: false };
        return [{
          week, date: passage ? isoDate(passage.date) : null, ...when, cutoffAt: passage?.cutoffAt.toISOString() ?? null,
          open: passage ? now < passage.cutoffAt && state !== "handed_over" : false,
          state, quantity: basket ? quantityOf(basket) : 0, amountCents: basket?.totalCents ?? null,
          composition: compositions.find((c) => isoDate(c.week) === week)?.text ?? null,
        }];
      }),
    });
  }
  return result;
}

export async function producerPlan({ services, actor, producerId }: Ctx & { producerId: string | undefined }): Promise<AmapProducerPlan> {
  const mine = organisationsWith(actor, ["producer"]);
  const ids = producerId ? [producerId] : mine;
  if (!isAdmin(actor) && ids.some((p) => !mine.includes(p))) return [];
  const db = services.db.prisma;
  const now = services.now();
  const contracts = await db.amapContract.findMany({ where: { producerId: { in: ids } }, include: contractInclude, orderBy: { name: "asc" } });
  const plan: AmapProducerPlan = [];
  for (const c of contracts) {
    const weeks = comingWeeks(c, now).slice(0, WEEKS_AHEAD);
    if (!weeks.length) continue;
    const span = { gte: dbDate(weeks[0]!), lte: dbDate(addDays(weeks.at(-1)!, 6)) };
    const baskets = await basketsOf(db, { amapSubscription: { contractId: c.id }, passage: { date: span } });
    const skips = c.skipRule === "donated" ? await db.amapSkip.findMany({ where: { week: span, subscription: { contractId: c.id, endedAt: null } }, select: { week: true } }) : [];
    const compositions = await db.amapComposition.findMany({ where: { contractId: c.id, week: span } });
    plan.push({
      contract: { id: c.id, name: c.name, organisationName: c.organisation.name, carrierName: c.carrier.name, skipRule: c.skipRule },
      weeks: weeks.map((week) => {
        const end = addDays(week, 6);
        const mine = baskets.filter((b) => isoDate(b.passage.date) >= week && isoDate(b.passage.date) <= end);
        const rounds = new Map<string, { date: string; roundName: string | null; sizes: Map<string, number> }>();
        for (const b of mine) {
          const key = `${isoDate(b.passage.date)}|${b.passage.template?.name ?? ""}`;
          const round = rounds.get(key) ?? { date: isoDate(b.passage.date), roundName: b.passage.template?.name ?? null, sizes: new Map() };
          const size = b.amapSubscription!.size.name;
          round.sizes.set(size, (round.sizes.get(size) ?? 0) + quantityOf(b));
          rounds.set(key, round);
        }
        const donated = skips.filter((k) => isoDate(k.week) === week).length;
        const order = new Map(c.sizes.map((s, i) => [s.name, i]));
        return {
          week, composition: compositions.find((x) => isoDate(x.week) === week)?.text ?? null, donated,
          rounds: [...rounds.values()].sort((a, b) => a.date.localeCompare(b.date) || (a.roundName ?? "").localeCompare(b.roundName ?? ""))
            .map((r) => ({ date: r.date, roundName: r.roundName, sizes: [...r.sizes].sort((a, b) => (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0)).map(([name, count]) => ({ name, count })) })),
          total: mine.reduce((n, b) => n + quantityOf(b), 0) + donated,
        };
      }),
    });
  }
  return plan;
}
