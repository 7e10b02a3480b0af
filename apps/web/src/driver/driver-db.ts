/**
 * The driver's device storage (IndexedDB, owned by the page): the outbox of changes not yet
 * settled by the server, the journal of every change made on each round (so the screens show
 * them after a reload), the downloaded rounds, and small settings (device id, sequence, cursor).
 */
import type { Mutation, MutationResult, Round } from "@tournee/sync";
import { openDB, type DBSchema, type IDBPDatabase } from "idb";

export interface JournalEntry extends Mutation {
  tourId: string;
}

export interface StoredRound extends Round {
  /** What "prepare my round" stored for the map, shown as "ready offline". */
  tilesStored: number;
  tilesBytes: number;
  tilesNote: string | null;
}

interface DriverDb extends DBSchema {
  outbox: { key: string; value: Mutation; indexes: { bySeq: [string, number] } };
  journal: { key: string; value: JournalEntry; indexes: { byTour: string } };
  rounds: { key: string; value: StoredRound };
  rejections: { key: string; value: MutationResult & { kind: string; tourId: string } };
  meta: { key: string; value: unknown };
}

export type DriverDatabase = IDBPDatabase<DriverDb>;

let db: Promise<DriverDatabase> | undefined;

export function openDriverDb(name = "tournee-driver"): Promise<DriverDatabase> {
  db ??= openDB<DriverDb>(name, 1, {
    upgrade(d) {
      d.createObjectStore("outbox", { keyPath: "id" }).createIndex("bySeq", ["deviceId", "seq"]);
      d.createObjectStore("journal", { keyPath: "id" }).createIndex("byTour", "tourId");
      d.createObjectStore("rounds", { keyPath: "tour.id" });
      d.createObjectStore("rejections", { keyPath: "id" });
      d.createObjectStore("meta");
    },
  });
  return db;
}

export async function getMeta<T>(key: string): Promise<T | undefined> {
  return (await (await openDriverDb()).get("meta", key)) as T | undefined;
}

export async function setMeta(key: string, value: unknown): Promise<void> {
  await (await openDriverDb()).put("meta", value, key);
}

/** The device id of this browser for this person: a new person on the same phone gets a new one. */
export async function deviceIdFor(userId: string, newId: () => string): Promise<string> {
  const key = `device:${userId}`;
  const known = await getMeta<string>(key);
  if (known) return known;
  const id = newId();
  await setMeta(key, id);
  return id;
}

/** After closing a round: its personal data leaves the device (the journal and the round). */
export async function forgetRound(tourId: string): Promise<void> {
  const d = await openDriverDb();
  const tx = d.transaction(["journal", "rounds", "rejections"], "readwrite");
  for (const key of await tx.objectStore("journal").index("byTour").getAllKeys(tourId)) await tx.objectStore("journal").delete(key);
  for (const r of await tx.objectStore("rejections").getAll()) if (r.tourId === tourId) await tx.objectStore("rejections").delete(r.id);
  await tx.objectStore("rounds").delete(tourId);
  await tx.done;
}
