/**
 * The monthly statement between a grocery and a producer, the same for both sides: the goods
 * received (as counted at the farm, else as ordered) at the prices agreed at each cutoff, and the
 * AMAP baskets of the producer's contracts the grocery's rounds carried, at the contract's price
 * in force on each delivery (kept on the basket: a repricing does not restate past months). Social prices stay the grocery's business: the producer is paid the agreed price
 * whatever the household paid. A basket counts once its delivery date has passed, whether the
 * member came or not (the farm prepared it); a skipped basket is not ordered, so not owed.
 */
import type { ProducerStatement, ProducerStatements, SupplyMonthQuerySchema } from "@tournee/domain";
import { addDays, localDateOf, monthKey, type LocalDate } from "@tournee/domain/calendar";
import type { z } from "zod";
import { organisationsWith, type Actor } from "../../auth/actor.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { Services } from "../../services.js";
import { coordinatedOrganisation, dbDate, isoDate } from "../planning/coordinated-organisation.js";
import { actingProducer } from "./supply-dates.js";
import { monthSpan, receivedDays } from "./supply-received.js";

type Pair = { buyer: { id: string; name: string }; producer: { id: string; name: string } };

/**
 * The buyer–producer pairs a person reads: a producer's staff, their farm's buyers; a
 * coordinator, the producers supplying the organisation their console shows.
 */
export async function supplyPairs(services: Services, actor: Actor, producerId: string | undefined): Promise<Pair[]> {
  const db = services.db.prisma;
  const include = { organisation: { select: { id: true, name: true } }, producer: { select: { id: true, name: true } } } as const;
  if (organisationsWith(actor, ["producer"]).length) {
    const producer = await actingProducer(services, actor, producerId);
    const rows = await db.supplyAgreement.findMany({ where: { producerId: producer.id }, include, orderBy: { organisation: { name: "asc" } } });
    return rows.map((r) => ({ buyer: r.organisation, producer: r.producer }));
  }
  const buyer = await coordinatedOrganisation(services, actor, undefined);
  const rows = await db.supplyAgreement.findMany({ where: { organisationId: buyer.id, ...(producerId ? { producerId } : {}) }, include, orderBy: { producer: { name: "asc" } } });
  return rows.map((r) => ({ buyer: r.organisation, producer: r.producer }));
}

async function basketLines(db: Prisma.TransactionClient, pair: Pair, month: string, today: LocalDate): Promise<ProducerStatement["lines"]> {
  const [from, to] = monthSpan(month);
  const last = addDays(today, -1) < to ? addDays(today, -1) : to;
  if (last < from) return [];
  const orders = await db.order.findMany({
    where: { status: { not: "cancelled" }, passage: { date: { gte: dbDate(from), lte: dbDate(last) } }, amapSubscription: { contract: { producerId: pair.producer.id, carrierId: pair.buyer.id } } },
    select: { amapPriceCents: true, passage: { select: { date: true } }, lines: { select: { quantity: true } }, amapSubscription: { select: { size: { select: { id: true, name: true, priceCents: true } }, contract: { select: { name: true } } } } },
  });
  const rows = new Map<string, ProducerStatement["lines"][number]>();
  for (const o of orders) {
    const { size, contract } = o.amapSubscription!;
    const date = isoDate(o.passage.date);
    // Baskets placed before prices were kept on them: the size's price.
    const unitPriceCents = o.amapPriceCents ?? size.priceCents;
    const key = `${date}|${size.id}|${unitPriceCents}`;
    const row = rows.get(key) ?? { date, kind: "basket" as const, name: `${contract.name} — ${size.name}`, unit: "panier", ordered: null, received: 0, counted: true, unitPriceCents, amountCents: 0, note: null };
    row.received += o.lines.reduce((n, l) => n + l.quantity, 0);
    row.amountCents = row.received * row.unitPriceCents;
    rows.set(key, row);
  }
  return [...rows.values()];
}

export async function producerStatement(db: Prisma.TransactionClient, pair: Pair, month: string, today: LocalDate): Promise<ProducerStatement> {
  const goods = (await receivedDays(db, pair.buyer.id, pair.producer.id, month, today)).flatMap((day) => day.lines.map((l) => ({
    date: day.date, kind: "goods" as const, name: l.name, unit: l.unit, ordered: l.ordered, received: l.received, counted: l.counted, unitPriceCents: l.priceCents, amountCents: l.received * l.priceCents, note: l.note,
  })));
  const baskets = await basketLines(db, pair, month, today);
  const lines = [...goods, ...baskets].sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, "fr"));
  const sum = (kind: "goods" | "basket") => lines.filter((l) => l.kind === kind).reduce((n, l) => n + l.amountCents, 0);
  return { month, producer: pair.producer, buyer: pair.buyer, lines, goodsCents: sum("goods"), basketsCents: sum("basket"), totalCents: sum("goods") + sum("basket") };
}

export async function producerStatements({ services, actor, query }: { services: Services; actor: Actor; query: z.output<typeof SupplyMonthQuerySchema> }): Promise<ProducerStatements> {
  const now = services.now();
  const month = query.month ?? monthKey(now);
  const pairs = await supplyPairs(services, actor, query.producerId);
  const statements: ProducerStatement[] = [];
  for (const pair of pairs) statements.push(await producerStatement(services.db.prisma, pair, month, localDateOf(now)));
  return { month, statements };
}
