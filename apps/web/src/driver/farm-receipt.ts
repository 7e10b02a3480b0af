/**
 * What the phone knows of the receiving checklist at a farm: the driver's latest count on this
 * device (journal), else what the server recorded (the downloaded round), else nothing yet; and the
 * households it leaves short. Pure.
 */
import { shareShortfall } from "@tournee/domain";
import type { MutationPayload, Round, RoundPickup } from "@tournee/sync";
import type { JournalEntry } from "./driver-db";

export interface CountedLine {
  productId: string;
  productName: string;
  unit: string;
  expected: number;
  received: number;
  note: string;
}

export function farmReceipt(pickup: RoundPickup, journal: readonly JournalEntry[]): CountedLine[] | null {
  if (pickup.source !== "farm" || !pickup.siteId) return null;
  const latest = [...journal].reverse().find((m) => m.kind === "farm.received" && (m.payload as { siteId?: string }).siteId === pickup.siteId);
  const lines = latest ? (latest.payload as MutationPayload<"farm.received">).lines : null;
  if (!lines && pickup.products.every((p) => p.received === null || p.received === undefined)) return null;
  return pickup.products.flatMap((p) => {
    if (!p.productId) return [];
    const counted = lines?.find((l) => l.productId === p.productId);
    const received = lines ? (counted?.received ?? p.quantity) : (p.received ?? p.quantity);
    return [{ productId: p.productId, productName: p.productName, unit: p.unit, expected: p.quantity, received, note: counted?.note ?? "" }];
  });
}

/**
 * What the driver's counts at the farms on this phone leave each order line short of, before the
 * server has heard of them (offline): each counted product's lines on the round, shared out by the
 * same rule as the server's (`shareShortfall`). Lines of products not counted on this phone are
 * absent (the downloaded round says what the server recorded).
 */
export function phoneShortfalls(round: Pick<Round, "passages" | "pickups">, journal: readonly JournalEntry[]): Map<string, number> {
  const short = new Map<string, number>();
  const counted = journal.filter((m) => m.kind === "farm.received");
  if (!counted.length) return short;
  for (const pickup of round.pickups ?? []) {
    if (!counted.some((m) => (m.payload as { siteId?: string }).siteId === pickup.siteId)) continue;
    for (const line of farmReceipt(pickup, counted) ?? []) {
      const lines = round.passages.flatMap((p) => p.orders.filter((o) => o.status !== "cancelled").flatMap((o) => o.lines.filter((l) => l.productId === line.productId).map((l) => ({ id: l.id, quantity: l.quantity, sequence: p.sequence, householdName: o.household.name }))));
      const shares = shareShortfall(lines, line.received);
      for (const l of lines) short.set(l.id, shares.get(l.id) ?? 0);
    }
  }
  return short;
}
