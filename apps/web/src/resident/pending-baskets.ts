/**
 * Baskets waiting to be sent, kept in IndexedDB so a basket made without network survives a
 * reload and is sent when the network returns. One basket per household and passage: the last
 * one made wins. Catalogues and passages last seen are kept too, so the screens open offline.
 */
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { BasketLine } from "./resident-api";

export interface PendingBasket {
  key: string;
  householdId: string;
  passageId: string;
  /** The order this basket changes; absent for a first order. */
  orderId?: string | undefined;
  lines: BasketLine[];
  savedAt: string;
  /** Set when the server refused it (e.g. "order_locked"): shown, never retried. */
  refusedCode?: string | undefined;
}

interface ResidentDb extends DBSchema {
  pending: { key: string; value: PendingBasket };
  snapshots: { key: string; value: { key: string; value: unknown; savedAt: string } };
}

let db: Promise<IDBPDatabase<ResidentDb>> | undefined;
function open() {
  db ??= openDB<ResidentDb>("tournee-resident", 1, {
    upgrade(d) {
      d.createObjectStore("pending", { keyPath: "key" });
      d.createObjectStore("snapshots", { keyPath: "key" });
    },
  });
  return db;
}

export const basketKey = (householdId: string, passageId: string) => `${householdId}|${passageId}`;

export async function savePending(basket: Omit<PendingBasket, "key" | "savedAt">): Promise<PendingBasket> {
  const record = { ...basket, key: basketKey(basket.householdId, basket.passageId), savedAt: new Date().toISOString() };
  await (await open()).put("pending", record);
  return record;
}

export async function pendingFor(householdId: string): Promise<PendingBasket[]> {
  return (await (await open()).getAll("pending")).filter((b) => b.householdId === householdId);
}

export async function allPending(): Promise<PendingBasket[]> {
  return (await open()).getAll("pending");
}

export async function removePending(key: string): Promise<void> {
  await (await open()).delete("pending", key);
}

/** Remembers an answer of the server to show it again without network. */
export async function keepSnapshot(key: string, value: unknown): Promise<void> {
  await (await open()).put("snapshots", { key, value, savedAt: new Date().toISOString() });
}

export async function snapshot(key: string): Promise<unknown> {
  return (await (await open()).get("snapshots", key))?.value;
}
