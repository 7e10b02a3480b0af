/**
 * What the phone knows of the receiving checklist at a farm: the driver's latest count on this
 * device (journal), else what the server recorded (the downloaded round), else nothing yet. Pure.
 */
import type { MutationPayload, RoundPickup } from "@tournee/sync";
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
