/**
 * Per commune and per calendar month: households served (who had an order handed over),
 * passages (the truck stopped) and deliveries (orders handed over, in full or in part), at every
 * stop of the commune, halts and doors alike. Every count below MASKED_BELOW, zero included, is
 * answered null ("< 5"), so no figure can point at one household.
 */
import { communeAddress, communeKeys, MASKED_BELOW, type CommunePlace, type CommuneStats } from "@tournee/domain";
import { addDays, localDateOf } from "@tournee/domain/calendar";
import { dbDate, isoDate } from "../../db/db-date.js";
import type { Services } from "../../services.js";

export const masked = (count: number): number | null => (count < MASKED_BELOW ? null : count);

/** The `count` calendar months ending with the current one, oldest first: ['2026-07', …, '2026-12']. */
export function lastMonths(today: string, count: number): string[] {
  const [year, month] = today.split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) - (count - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  });
}

/** Stops are grouped into communes by `communeKeys` (INSEE code, else name); each commune is named as its first stop names it. */
export async function communeFigures(services: Services, stops: readonly CommunePlace[], monthCount: number): Promise<CommuneStats[]> {
  const months = lastMonths(localDateOf(services.now()), monthCount);
  const from = dbDate(`${months[0]}-01`);
  const [lastYear, lastMonth] = months.at(-1)!.split("-").map(Number) as [number, number];
  const until = dbDate(addDays(`${lastMonth === 12 ? lastYear + 1 : lastYear}-${String((lastMonth % 12) + 1).padStart(2, "0")}-01`, -1));
  const communeOf = communeKeys(stops);
  const stopIds = [...communeOf.keys()];
  const prisma = services.db.prisma;
  const [passages, orders] = await Promise.all([
    prisma.passage.findMany({ where: { stopId: { in: stopIds }, date: { gte: from, lte: until }, outcome: "visited" }, select: { stopId: true, date: true } }),
    prisma.order.findMany({
      where: { status: { in: ["delivered", "partially_delivered"] }, passage: { stopId: { in: stopIds }, date: { gte: from, lte: until } } },
      select: { householdId: true, passage: { select: { stopId: true, date: true } } },
    }),
  ]);
  const key = (stopId: string, date: Date) => `${communeOf.get(stopId)} ${isoDate(date).slice(0, 7)}`;
  const passageCount = new Map<string, number>();
  for (const p of passages) passageCount.set(key(p.stopId, p.date), (passageCount.get(key(p.stopId, p.date)) ?? 0) + 1);
  const deliveries = new Map<string, number>();
  const households = new Map<string, Set<string>>();
  for (const o of orders) {
    const k = key(o.passage.stopId, o.passage.date);
    deliveries.set(k, (deliveries.get(k) ?? 0) + 1);
    households.set(k, (households.get(k) ?? new Set()).add(o.householdId));
  }
  const communes = new Map<string, string>();
  for (const s of stops) if (!communes.has(communeOf.get(s.id)!)) communes.set(communeOf.get(s.id)!, s.city);
  return [...communes].sort((a, b) => a[1].localeCompare(b[1], "fr")).map(([commune, city]) => ({
    commune: communeAddress(commune, city), city,
    months: months.map((month) => ({
      month,
      households: masked(households.get(`${commune} ${month}`)?.size ?? 0),
      passages: masked(passageCount.get(`${commune} ${month}`) ?? 0),
      deliveries: masked(deliveries.get(`${commune} ${month}`) ?? 0),
    })),
  }));
}
