/**
 * A mutual-credit network between groceryA and groceryB of the test world: A's account, B's,
 * claims A made on B in each state a test needs, and one posted entry (B paid A).
 */
import type { PrismaClient } from "../generated/prisma/client.js";
import type { World } from "./world.js";

export const LEDGER_WORLD = {
  network: "0190a000-0000-7000-8000-0000000001a0",
  accountA: "0190a000-0000-7000-8000-0000000001a1",
  accountB: "0190a000-0000-7000-8000-0000000001b1",
  claimToAccept: "0190a000-0000-7000-8000-0000000001c1",
  claimToDispute: "0190a000-0000-7000-8000-0000000001c2",
  claimToWithdraw: "0190a000-0000-7000-8000-0000000001c3",
  entry: "0190a000-0000-7000-8000-0000000001e1",
} as const;

export async function buildLedgerWorld(prisma: PrismaClient, w: World): Promise<typeof LEDGER_WORLD> {
  const L = LEDGER_WORLD;
  await prisma.creditNetwork.create({ data: { id: L.network, name: "Réseau test", unitName: "sou", unitPlural: "sous" } });
  await prisma.creditAccount.createMany({
    data: [
      { id: L.accountA, networkId: L.network, organisationId: w.org.groceryA, creditLimit: 500, ceiling: 1000 },
      { id: L.accountB, networkId: L.network, organisationId: w.org.groceryB, creditLimit: 500, ceiling: 1000 },
    ],
  });
  const claim = (id: string, key: string, amount: number) => ({
    id, networkId: L.network, key, creditorAccountId: L.accountA, debtorAccountId: L.accountB, amount, description: "Pain porté à la halte", serviceDate: new Date("2026-03-10T00:00:00Z"), createdById: w.users.coordA.id,
  });
  await prisma.creditClaim.createMany({ data: [claim(L.claimToAccept, "claim-accept", 12), claim(L.claimToDispute, "claim-dispute", 8), claim(L.claimToWithdraw, "claim-withdraw", 5)] });
  await prisma.creditEntry.create({
    data: { id: L.entry, networkId: L.network, key: "entry-1", payerAccountId: L.accountB, payeeAccountId: L.accountA, amount: 20, description: "Salle prêtée", serviceDate: new Date("2026-03-09T00:00:00Z"), recordedById: w.users.coordA.id },
  });
  return L;
}
