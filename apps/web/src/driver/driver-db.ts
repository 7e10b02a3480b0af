/**
 * The driver's device storage (IndexedDB, owned by the page): the outbox of changes not yet
 * settled by the server, the journal of every change made on each round (so the screens show
 * them after a reload), the downloaded rounds, and small settings (device id, sequence, cursor).
 */
import type { Mutation, MutationResult, Round } from "@tournee/sync";
import { openDB, type DBSchema, type IDBPDatabase } from "idb";

export interface JournalEntry extends Mutation {
  tourId: string;
  /** Settled before the round was downloaded again: the download already counts it (money). */
  inRound?: boolean;
}

/** A note the coordinator wrote for a stop, pulled from the server. */
export interface CoordinatorMessage {
  id: string;
  passageId: string;
  text: string;
  at: string;
  read: boolean;
}

/** A conflict the server settled by its written rules, pulled so the driver sees it on the stop. */
export interface RoundConflict {
  id: string;
  rule: string;
  detail: string;
  passageId: string | null;
  orderId: string | null;
  /** A coordinator settled it (`conflict.resolved`). */
  resolved?: boolean;
}

export interface StoredRound extends Round {
  /** What "prepare my round" stored for the map, shown as "ready offline". */
  tilesStored: number;
  tilesBytes: number;
  tilesNote: string | null;
  /** Pulled after the download; kept when the round is downloaded again. */
  messages?: CoordinatorMessage[];
  conflicts?: RoundConflict[];
}

/** A push answer the driver must see: a change the server refused, on its stop and order. */
export interface StoredRejection extends MutationResult {
  kind: string;
  tourId: string;
  passageId?: string;
  orderId?: string;
}

/** What stays on the device after a round is closed: counts and money, no personal data. */
export interface ClosedRound {
  tourId: string;
  date: string;
  closedAt: string;
  delivered: number;
  partial: number;
  absent: number;
  cancelled: number;
  byMethod: Record<string, number>;
  /** What of it was collected for partners (absent from rounds closed before pooled rounds). */
  forPartners?: { organisationName: string; byMethod: Record<string, number> }[];
}

interface DriverDb extends DBSchema {
  outbox: { key: string; value: Mutation; indexes: { bySeq: [string, number] } };
  journal: { key: string; value: JournalEntry; indexes: { byTour: string } };
  rounds: { key: string; value: StoredRound };
  rejections: { key: string; value: StoredRejection };
  meta: { key: string; value: unknown };
}

/** A person's pull cursor on this device: changes after it have not been applied to their stored rounds. */
export const cursorKey = (deviceId: string) => `pullCursor:${deviceId}`;

export type DriverDatabase = IDBPDatabase<DriverDb>;

let db: Promise<DriverDatabase> | undefined;

export function openDriverDb(name = "tournee-driver"): Promise<DriverDatabase> {
  db ??= openDB<DriverDb>(name, 2, {
    async upgrade(d, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        d.createObjectStore("outbox", { keyPath: "id" }).createIndex("bySeq", ["deviceId", "seq"]);
        d.createObjectStore("journal", { keyPath: "id" }).createIndex("byTour", "tourId");
        d.createObjectStore("rounds", { keyPath: "tour.id" });
        d.createObjectStore("rejections", { keyPath: "id" });
        d.createObjectStore("meta");
      }
      // Version 2: rounds no longer carry unit prices (they told who pays the social price); forget those kept.
      if (oldVersion >= 1 && oldVersion < 2) {
        const rounds = tx.objectStore("rounds");
        for (const round of await rounds.getAll()) await rounds.put(withoutUnitPrices(round));
      }
    },
  });
  return db;
}

function withoutUnitPrices(round: StoredRound): StoredRound {
  const strip = <L extends object>(line: L) => Object.fromEntries(Object.entries(line).filter(([k]) => k !== "unitPriceCents")) as L;
  return { ...round, passages: round.passages.map((p) => ({ ...p, orders: p.orders.map((o) => ({ ...o, lines: o.lines.map(strip) })) })) };
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

export async function markMessageRead(tourId: string, messageId: string): Promise<void> {
  const tx = (await openDriverDb()).transaction("rounds", "readwrite");
  const round = await tx.store.get(tourId);
  if (round?.messages) await tx.store.put({ ...round, messages: round.messages.map((m) => (m.id === messageId ? { ...m, read: true } : m)) });
  await tx.done;
}

/** A round stored here was started (something recorded on it) and is not closed. */
export async function hasRoundInProgress(): Promise<boolean> {
  const d = await openDriverDb();
  for (const round of await d.getAll("rounds")) {
    if (round.tour.status === "closed") continue;
    if ((await d.countFromIndex("journal", "byTour", round.tour.id)) > 0) return true;
  }
  return false;
}

const closedKey = (tourId: string) => `closed:${tourId}`;

/**
 * After the server recorded the round closed: its personal data leaves the device (the round
 * with names, access notes, orders and messages; the journal with payments and notes; refusals),
 * and only the counts and money to hand in stay. The map tiles stay in their cache.
 */
export async function forgetRound(closed: ClosedRound): Promise<void> {
  const d = await openDriverDb();
  const tx = d.transaction(["journal", "rounds", "rejections", "meta"], "readwrite");
  for (const key of await tx.objectStore("journal").index("byTour").getAllKeys(closed.tourId)) await tx.objectStore("journal").delete(key);
  for (const r of await tx.objectStore("rejections").getAll()) if (r.tourId === closed.tourId) await tx.objectStore("rejections").delete(r.id);
  await tx.objectStore("rounds").delete(closed.tourId);
  await tx.objectStore("meta").put(closed, closedKey(closed.tourId));
  await tx.done;
}

export function closedRound(tourId: string): Promise<ClosedRound | undefined> {
  return getMeta<ClosedRound>(closedKey(tourId));
}

const reassignedKey = (tourId: string) => `reassigned:${tourId}`;

/** A round of this driver that a coordinator gave to another driver (a sick day). */
export interface ReassignedRound {
  tourId: string;
  date: string;
}

/**
 * A round given to another driver leaves the device: its names, doors, orders and messages. What
 * the driver recorded on it stays in the outbox and the journal: the server keeps it and passes it
 * to the coordinators (rule `round_handed_over`); a notice says the round went to someone else.
 */
export async function forgetReassignedRound(round: ReassignedRound): Promise<void> {
  const d = await openDriverDb();
  const tx = d.transaction(["rounds", "meta"], "readwrite");
  await tx.objectStore("rounds").delete(round.tourId);
  await tx.objectStore("meta").put(round, reassignedKey(round.tourId));
  await tx.done;
}

export function reassignedRound(tourId: string): Promise<ReassignedRound | undefined> {
  return getMeta<ReassignedRound>(reassignedKey(tourId));
}

/** A round given to another driver, with what this phone recorded on it: sent to the server (which passes it to the coordinators), or still to send. */
export interface ReassignedNotice extends ReassignedRound {
  sent: number;
  unsent: number;
}

export async function reassignedRounds(): Promise<ReassignedNotice[]> {
  const d = await openDriverDb();
  const keys = (await d.getAllKeys("meta")).filter((k): k is string => typeof k === "string" && k.startsWith("reassigned:"));
  const rounds = (await Promise.all(keys.map((k) => d.get("meta", k) as Promise<ReassignedRound>))).sort((a, b) => a.date.localeCompare(b.date));
  const outbox = await d.getAll("outbox");
  return Promise.all(rounds.map(async (r) => {
    const unsent = outbox.filter((m) => (m.payload as { tourId?: string }).tourId === r.tourId).length;
    return { ...r, unsent, sent: (await d.countFromIndex("journal", "byTour", r.tourId)) - unsent };
  }));
}
