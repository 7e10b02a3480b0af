import type { RoundPickup } from "@tournee/sync";
import { describe, expect, it } from "vitest";
import type { JournalEntry } from "./driver-db";
import { farmReceipt, phoneShortfalls } from "./farm-receipt";

const SITE = "0190a000-0000-7000-8000-0000000000f1";
const APPLES = "0190a000-0000-7000-8000-0000000000a1";
const EGGS = "0190a000-0000-7000-8000-0000000000a2";
const pickup: RoundPickup = {
  source: "farm", sequence: 0, siteId: SITE, siteName: "Ferme des Combes", address: "Les Combes, Felletin", latitude: 45.87, longitude: 2.18, plannedArrival: null, crates: 1,
  products: [
    { productId: APPLES, productName: "Pommes", unit: "sac 1 kg", quantity: 3, received: null },
    { productId: EGGS, productName: "Œufs", unit: "boîte de 6", quantity: 2, received: null },
  ],
  stops: [],
};
const counted = (seq: number, lines: { productId: string; received: number; note?: string }[]): JournalEntry => ({
  id: `0190a000-0000-7000-8000-00000000000${seq}`, deviceId: "d", seq, kind: "farm.received", payload: { tourId: "t", siteId: SITE, lines }, deviceTime: "2026-03-10T09:00:00.000Z", tourId: "t",
});

describe("farmReceipt", () => {
  it("is nothing until the driver or the server counted", () => {
    expect(farmReceipt(pickup, [])).toBeNull();
  });

  it("reads the driver's latest count on this phone, unlisted products having come in full", () => {
    const lines = farmReceipt(pickup, [counted(1, [{ productId: APPLES, received: 0 }]), counted(2, [{ productId: APPLES, received: 1, note: "Grêle" }])]);
    expect(lines?.map((l) => [l.productName, l.received, l.expected, l.note])).toEqual([["Pommes", 1, 3, "Grêle"], ["Œufs", 2, 2, ""]]);
  });

  it("falls back on what the server recorded (the phone was reset)", () => {
    const fromServer = { ...pickup, products: pickup.products.map((p) => ({ ...p, received: p.productId === APPLES ? 2 : 2 })) };
    expect(farmReceipt(fromServer, [])?.map((l) => l.received)).toEqual([2, 2]);
  });
});

describe("phoneShortfalls", () => {
  const order = (id: string, name: string, quantity: number) => ({
    id: `0190a000-0000-7000-8000-0000000000${id}`, status: "confirmed", household: { id: "h", name, accessNotes: null }, dueCents: 0, paidCents: 0, outcome: null, carriedFor: null,
    lines: [{ id: `line-${id}`, productId: APPLES, productName: "Pommes", unit: "sac 1 kg", compartment: "ambient", quantity, deliveredQuantity: null }],
  });
  const passage = (sequence: number, orders: ReturnType<typeof order>[]) => ({
    id: `p${sequence}`, sequence, kind: "halt" as const, stopName: "Place", city: "Felletin", latitude: 0, longitude: 0, accessNotes: null, windowStart: "", windowEnd: "", plannedArrival: null, outcome: "pending", arrivedAt: null, orders,
  });
  const round = { pickups: [pickup], passages: [passage(2, [order("c1", "Martin", 1)]), passage(1, [order("c2", "Bernard", 2)])] };

  it("leaves the last stops short of what the driver counted missing, offline", () => {
    expect(Object.fromEntries(phoneShortfalls(round, [counted(1, [{ productId: APPLES, received: 2 }])]))).toEqual({ "line-c1": 1, "line-c2": 0 });
  });

  it("says nothing of products not counted on this phone", () => {
    expect(phoneShortfalls(round, []).size).toBe(0);
  });
});
