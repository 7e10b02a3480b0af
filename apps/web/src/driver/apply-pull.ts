/**
 * What a pull changes in a round stored on the device. Pure: the sync engine reads the stored
 * rounds, applies the pull, writes them back, and downloads again the rounds marked `redownload`.
 * Applying the same pull twice gives the same round (changes are keyed by their server id).
 */
import type { FeedChange, PullResponse, Round, Takings } from "@tournee/sync";
import type { CoordinatorMessage, RoundConflict, StoredRound } from "./driver-db";

export interface AppliedPull {
  round: StoredRound;
  /** The server holds a newer version of the round, or asked for a full download of the rounds it lists. */
  redownload: boolean;
  /** Something the driver sees changed (a cancelled order, a message, a conflict, the status). */
  changed: boolean;
}

const text = (payload: Record<string, unknown>, key: string): string | null => (typeof payload[key] === "string" ? (payload[key] as string) : null);

export function applyPull(stored: StoredRound, pull: PullResponse): AppliedPull {
  let round: StoredRound = stored;
  let changed = false;
  const server = pull.tours.find((t) => t.id === stored.tour.id);
  if (server && server.status !== round.tour.status) {
    round = { ...round, tour: { ...round.tour, status: server.status } };
    changed = true;
  }
  if (server && !sameTakings(server.takings, round.takings)) {
    round = { ...round, takings: server.takings };
    changed = true;
  }
  if (server && JSON.stringify(server.takingsFor) !== JSON.stringify(round.takingsFor ?? [])) {
    round = { ...round, takingsFor: server.takingsFor };
    changed = true;
  }
  for (const change of pull.changes) {
    if (change.tourId !== stored.tour.id) continue;
    const next = applyChange(round, change);
    if (next !== round) {
      round = next;
      changed = true;
    }
  }
  // A round the server no longer lists (another driver's now, or days old) is left as it is.
  const redownload = server !== undefined && (pull.resync || server.version > stored.tour.version);
  return { round, redownload, changed };
}

function applyChange(round: StoredRound, change: FeedChange): StoredRound {
  const { payload } = change;
  switch (change.kind) {
    case "order.cancelled":
      return cancelOrder(round, text(payload, "orderId") ?? change.entityId);
    case "note.from_coordinator": {
      const passageId = text(payload, "passageId");
      const body = text(payload, "text");
      if (!passageId || !body || round.messages?.some((m) => m.id === change.entityId)) return round;
      const message: CoordinatorMessage = { id: change.entityId, passageId, text: body, at: change.at, read: false };
      return { ...round, messages: [...(round.messages ?? []), message] };
    }
    case "conflict": {
      const id = `${change.cursor}:${change.entityId}`;
      if (round.conflicts?.some((c) => c.id === id)) return round;
      const conflict: RoundConflict = { id, rule: text(payload, "rule") ?? "conflict", detail: text(payload, "detail") ?? "", passageId: text(payload, "passageId"), orderId: text(payload, "orderId") };
      return { ...round, conflicts: [...(round.conflicts ?? []), conflict] };
    }
    case "conflict.resolved": {
      const same = (c: RoundConflict) => !c.resolved && c.rule === text(payload, "rule") && c.orderId === text(payload, "orderId") && c.passageId === text(payload, "passageId");
      if (!round.conflicts?.some(same)) return round;
      return { ...round, conflicts: round.conflicts.map((c) => (same(c) ? { ...c, resolved: true } : c)) };
    }
    case "order.handed_over":
      return handedOver(round, payload);
    case "tour.closed":
      return round.tour.status === "closed" ? round : { ...round, tour: { ...round.tour, status: "closed" } };
    default:
      // Other outcomes and payments the server applied are this device's own (shown from its
      // journal) or another device's (they arrive with the next download; the money with takings).
      return round;
  }
}

const sameTakings = (a: Takings, b: Takings | undefined) => b !== undefined && (Object.keys(a) as (keyof Takings)[]).every((k) => a[k] === b[k]);

/** A handover the server applied: its outcome, what was handed over, and the amount it priced for it. */
function handedOver(round: StoredRound, payload: Record<string, unknown>): StoredRound {
  const orderId = text(payload, "orderId");
  const outcome = text(payload, "outcome");
  const dueCents = payload.dueCents;
  if (!orderId || !outcome || typeof dueCents !== "number") return round;
  const missing = new Map(Array.isArray(payload.missing) ? (payload.missing as { lineId: string; missing: number }[]).map((m) => [m.lineId, m.missing]) : []);
  let found = false;
  const passages = round.passages.map((p) => ({
    ...p,
    orders: p.orders.map((o) => {
      if (o.id !== orderId || (o.outcome === outcome && o.dueCents === dueCents)) return o;
      found = true;
      return { ...o, outcome, dueCents, lines: o.lines.map((l) => ({ ...l, deliveredQuantity: l.quantity - (missing.get(l.id) ?? 0) })) };
    }),
  }));
  return found ? { ...round, passages } : round;
}

function cancelOrder(round: StoredRound, orderId: string): StoredRound {
  let found = false;
  const passages = round.passages.map((p) => {
    if (!p.orders.some((o) => o.id === orderId && o.status !== "cancelled")) return p;
    found = true;
    return { ...p, orders: p.orders.map((o) => (o.id === orderId ? { ...o, status: "cancelled" } : o)) };
  });
  return found ? { ...round, passages } : round;
}

/** A fresh download replaces the round; what only pulls bring (messages, conflicts) and the map's figures stay. */
export function mergeDownload(fresh: Round, previous: StoredRound | undefined): StoredRound {
  return {
    ...fresh,
    tilesStored: previous?.tilesStored ?? 0,
    tilesBytes: previous?.tilesBytes ?? 0,
    tilesNote: previous?.tilesNote ?? null,
    messages: previous?.messages ?? [],
    conflicts: previous?.conflicts ?? [],
  };
}

/** The cursor furthest back (cursors are "<change id>.<ms>"); undefined when none can be read. */
export function oldestCursor(cursors: readonly string[]): string | undefined {
  const id = (c: string) => (/^(\d{1,18})\.\d{1,15}$/.test(c) ? BigInt(c.split(".")[0]!) : null);
  const readable = cursors.filter((c) => id(c) !== null);
  return readable.reduce<string | undefined>((oldest, c) => (oldest === undefined || id(c)! < id(oldest)! ? c : oldest), undefined);
}
