/**
 * Pooled rounds between groceryA (the carrier, coordA) and groceryB (the partner, coordB) of the
 * test world: an active partnership, and proposals from A in the states a test needs.
 */
import type { PrismaClient } from "../generated/prisma/client.js";
import type { World } from "./world.js";

export const PARTNERSHIP_WORLD = {
  active: "0190a000-0000-7000-8000-0000000002a0",
  toAccept: "0190a000-0000-7000-8000-0000000002a1",
  toDecline: "0190a000-0000-7000-8000-0000000002a2",
  toEnd: "0190a000-0000-7000-8000-0000000002a3",
} as const;

export async function buildPartnershipWorld(prisma: PrismaClient, w: World): Promise<typeof PARTNERSHIP_WORLD> {
  const P = PARTNERSHIP_WORLD;
  const base = { carrierId: w.org.groceryA, partnerId: w.org.groceryB, weekdays: [2], validFrom: new Date("2026-03-01T00:00:00Z"), costKey: "stops" as const, proposedBy: "carrier" as const };
  await prisma.partnership.createMany({
    data: [
      { ...base, id: P.active, status: "active", decidedAt: new Date("2026-03-02T09:00:00Z") },
      { ...base, id: P.toAccept },
      { ...base, id: P.toDecline },
      { ...base, id: P.toEnd, status: "active", decidedAt: new Date("2026-03-02T09:00:00Z") },
    ],
  });
  return P;
}
