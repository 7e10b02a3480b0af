import type { PullResponse } from "@tournee/sync";
import { describe, expect, it } from "vitest";
import { applyPull, mergeDownload, oldestCursor } from "./apply-pull";
import type { JournalEntry, StoredRound } from "./driver-db";
import { roundView } from "./round-view";

const T = "0190a000-0000-7000-8000-000000000001";
const P = "0190a000-0000-7000-8000-000000000002";
const O = "0190a000-0000-7000-8000-000000000003";
const L = "0190a000-0000-7000-8000-000000000005";
const N = "0190a000-0000-7000-8000-000000000009";
const OTHER_TOUR = "0190a000-0000-7000-8000-0000000000ff";

const stored: StoredRound = {
  tour: { id: T, date: "2026-03-10", version: 2, status: "published", vehicleName: "Camion", geometry: null, plannedDistanceM: null, plannedDurationS: null, routingProvider: "osrm", estimatedShare: 0, geometryProvider: null, plannedStart: null, plannedEnd: null },
  passages: [
    {
      id: P, sequence: 0, kind: "halt", stopName: "Place", city: "Aubusson", latitude: 45.95, longitude: 2.16, accessNotes: null,
      windowStart: "2026-03-10T09:00:00.000Z", windowEnd: "2026-03-10T09:30:00.000Z", plannedArrival: null, outcome: "pending", arrivedAt: null,
      orders: [{ id: O, status: "confirmed", household: { id: O, name: "Mme A", accessNotes: null }, lines: [{ id: L, productName: "Pain", unit: "u", compartment: "ambient", quantity: 2, deliveredQuantity: null }], dueCents: 300, paidCents: 0, outcome: null, carriedFor: null }],
    },
  ],
  takings: { cash: 0, card: 0, voucher: 0, credit: 0 },
  takingsFor: [],
  tiles: null,
  cursor: "5.1773000000000",
  downloadedAt: "2026-03-10T06:00:00.000Z",
  tilesStored: 12,
  tilesBytes: 3400,
  tilesNote: null,
};

const at = "2026-03-10T08:00:00.000Z";
const pull = (patch: Partial<PullResponse>): PullResponse => ({ resync: false, cursor: "9.1773000100000", changes: [], tours: [{ id: T, version: 2, status: "published", date: "2026-03-10", takings: stored.takings, takingsFor: [] }], reassigned: [], serverTime: at, ...patch });

describe("applyPull", () => {
  const changes: PullResponse["changes"] = [
    { cursor: "9", tourId: T, kind: "order.cancelled", entityId: O, payload: { orderId: O, passageId: P }, at },
    { cursor: "9", tourId: T, kind: "note.from_coordinator", entityId: N, payload: { passageId: P, text: "Sonnez deux fois" }, at },
    { cursor: "7", tourId: T, kind: "conflict", entityId: O, payload: { rule: "delivered_after_cancel", detail: "stays handed over", orderId: O, passageId: P }, at },
    { cursor: "8", tourId: T, kind: "order.handed_over", entityId: O, payload: { orderId: O }, at },
    { cursor: "9", tourId: OTHER_TOUR, kind: "order.cancelled", entityId: N, payload: { orderId: N }, at },
  ];

  it("marks the order cancelled, adds the coordinator's message and the conflict, once", () => {
    const once = applyPull(stored, pull({ changes }));
    expect(once).toMatchObject({ changed: true, redownload: false });
    expect(once.round.passages[0]!.orders[0]!.status).toBe("cancelled");
    expect(once.round.messages).toEqual([{ id: N, passageId: P, text: "Sonnez deux fois", at, read: false }]);
    expect(once.round.conflicts).toEqual([{ id: `7:${O}`, rule: "delivered_after_cancel", detail: "stays handed over", passageId: P, orderId: O }]);
    const twice = applyPull(once.round, pull({ changes }));
    expect(twice.changed).toBe(false);
    expect(twice.round).toEqual(once.round);
    const resolved = { cursor: "10", tourId: T, kind: "conflict.resolved", entityId: N, payload: { conflictId: N, rule: "delivered_after_cancel", orderId: O, passageId: P }, at };
    expect(applyPull(once.round, pull({ changes: [resolved] })).round.conflicts?.map((c) => c.resolved)).toEqual([true]);
  });

  it("asks for a download when the server's version is newer or the cursor is too old, not otherwise", () => {
    expect(applyPull(stored, pull({})).redownload).toBe(false);
    expect(applyPull(stored, pull({ tours: [{ id: T, version: 3, status: "published", date: "2026-03-10", takings: stored.takings, takingsFor: [] }] })).redownload).toBe(true);
    expect(applyPull(stored, pull({ resync: true })).redownload).toBe(true);
    expect(applyPull(stored, pull({ tours: [{ id: T, version: 2, status: "closed", date: "2026-03-10", takings: stored.takings, takingsFor: [] }] })).round.tour.status).toBe("closed");
  });

  it("keeps the pulled messages and the driver's unsent outcome across a new download, and counts money once", () => {
    const withMessage = applyPull(stored, pull({ changes })).round;
    const fresh = { ...stored, tour: { ...stored.tour, version: 3 }, passages: stored.passages.map((p) => ({ ...p, orders: p.orders.map((o) => ({ ...o, paidCents: 300 })) })) };
    const merged = mergeDownload(fresh, withMessage);
    expect([merged.tour.version, merged.tilesStored, merged.messages?.length, merged.conflicts?.length]).toEqual([3, 12, 1, 1]);
    const entry = (seq: number, kind: string, payload: Record<string, unknown>, inRound?: boolean): JournalEntry => ({ id: `m${seq}`, deviceId: "d", seq, deviceTime: at, kind, payload: { tourId: T, passageId: P, orderId: O, ...payload }, tourId: T, inRound });
    // The payment was synced before the download (counted in paidCents); the handover was not sent yet.
    const journal = [entry(1, "payment.taken", { method: "cash", amountCents: 300 }, true), entry(2, "order.handed_over", { lines: [] })];
    const [stop] = roundView(merged, journal);
    expect(stop!.orders[0]).toMatchObject({ outcome: "delivered", paidNowCents: 300, cancelled: false });
    expect(stop!.messages.map((m) => m.text)).toEqual(["Sonnez deux fois"]);
    expect(stop!.orders[0]!.issues.map((i) => i.code)).toEqual(["rule:delivered_after_cancel"]);
  });

  it("takes the server's price of a partial handover and the money it recorded for the round", () => {
    const handed = { cursor: "11", tourId: T, kind: "order.handed_over", entityId: O, payload: { orderId: O, passageId: P, outcome: "partial", dueCents: 150, missing: [{ lineId: L, missing: 1 }] }, at };
    const takings = { cash: 150, card: 0, voucher: 0, credit: 0 };
    const { round, changed } = applyPull(stored, pull({ changes: [handed], tours: [{ id: T, version: 2, status: "in_progress", date: "2026-03-10", takings, takingsFor: [] }] }));
    expect(changed).toBe(true);
    expect(round.takings).toEqual(takings);
    expect(round.passages[0]!.orders[0]).toMatchObject({ outcome: "partial", dueCents: 150, lines: [{ id: L, deliveredQuantity: 1 }] });
    const entry: JournalEntry = { id: "m1", deviceId: "d", seq: 1, deviceTime: at, kind: "order.handed_over", payload: { tourId: T, passageId: P, orderId: O, lines: [{ lineId: L, delivered: 1 }] }, tourId: T };
    expect(roundView(round, [entry])[0]!.orders[0]).toMatchObject({ outcome: "partial", dueNowCents: 150 });
  });

  it("starts a first pull from the oldest download, by change id", () => {
    expect(oldestCursor(["12.1773000000000", "9.1773000500000", "100.1772000000000"])).toBe("9.1773000500000");
    expect(oldestCursor(["junk"])).toBeUndefined();
  });
});
