/**
 * The demo's mutual-credit network: the grocery, the bakery, the Red Cross unit and the market
 * gardener settle in "sous" (1 sou = 1 €) the services they give each other: the grocery's round
 * carries the bakery's bread, the Red Cross's parcels and the farm's crates, the Red Cross lends
 * its cold room, the bakery supplies bread, the farm vegetables for the Red Cross's soup. Five weeks of accepted services (one entered twice and
 * corrected by a counter-entry), and a claim awaiting each coordinator's answer.
 */
import { randomUUID } from "node:crypto";
import { addDays, type LocalDate } from "@tournee/domain/calendar";
import type { Prisma } from "../generated/prisma/client.js";
import { dbDate, parisInstant } from "./dates.js";
import type { OrganisationsPlan } from "./plan-organisations.js";

type Member = "grocery" | "bakery" | "redCross" | "gardener";

export interface LedgerPlan {
  network: Prisma.CreditNetworkCreateManyInput;
  accounts: Prisma.CreditAccountCreateManyInput[];
  /** In journal order: each one is posted (balances moved) as it is inserted. */
  entries: Prisma.CreditEntryCreateManyInput[];
  claims: Prisma.CreditClaimCreateManyInput[];
}

const LIMITS: Record<Member, { creditLimit: number; ceiling: number }> = {
  grocery: { creditLimit: 300, ceiling: 600 },
  bakery: { creditLimit: 300, ceiling: 600 },
  redCross: { creditLimit: 400, ceiling: 600 },
  gardener: { creditLimit: 150, ceiling: 300 },
};

/** Services given, `daysAgo` before today: the payer received the service, the payee gave it. */
const SERVICES: { daysAgo: number; payer: Member; payee: Member; amount: number; description: string }[] = [
  { daysAgo: 38, payer: "bakery", payee: "grocery", amount: 36, description: "Pain du fournil porté par la tournée du mardi (4 semaines)" },
  { daysAgo: 33, payer: "grocery", payee: "redCross", amount: 25, description: "Chambre froide prêtée pour les surgelés pendant la panne" },
  { daysAgo: 33, payer: "grocery", payee: "redCross", amount: 25, description: "Chambre froide prêtée pour les surgelés pendant la panne" },
  { daysAgo: 26, payer: "redCross", payee: "grocery", amount: 48, description: "Colis de la Croix-Rouge livrés sur la tournée du mardi (8 foyers, 4 semaines)" },
  { daysAgo: 19, payer: "grocery", payee: "bakery", amount: 30, description: "Pains et brioches pour la distribution de la place Quinault à Felletin" },
  { daysAgo: 16, payer: "gardener", payee: "grocery", amount: 10, description: "Caisses de la Ferme des Combes prises à la ferme par la tournée du jeudi" },
  { daysAgo: 14, payer: "redCross", payee: "gardener", amount: 20, description: "Légumes de la Ferme des Combes pour la soupe solidaire de la Croix-Rouge" },
  { daysAgo: 12, payer: "redCross", payee: "bakery", amount: 15, description: "Pain pour le goûter solidaire de la Croix-Rouge" },
  { daysAgo: 8, payer: "gardener", payee: "bakery", amount: 18, description: "Pain du fournil pour la vente à la ferme du samedi" },
  { daysAgo: 5, payer: "bakery", payee: "grocery", amount: 12, description: "Farine du fournil prise au dépôt de l'épicerie" },
  { daysAgo: 2, payer: "redCross", payee: "grocery", amount: 24, description: "Colis de la Croix-Rouge livrés sur la tournée du mardi (8 foyers, 2 semaines)" },
];

export function planLedger(orgs: OrganisationsPlan, today: LocalDate): LedgerPlan {
  const networkId = randomUUID();
  const accountIds: Record<Member, string> = { grocery: randomUUID(), bakery: randomUUID(), redCross: randomUUID(), gardener: randomUUID() };
  const recorder: Record<Member, string> = { grocery: orgs.staff.groceryCoordinator, bakery: orgs.staff.bakeryCoordinator, redCross: orgs.staff.admin, gardener: orgs.staff.admin };
  const accounts = (Object.keys(accountIds) as Member[]).map((m) => ({ id: accountIds[m], networkId, organisationId: orgs.orgIds[m], ...LIMITS[m] }));
  const entries: Prisma.CreditEntryCreateManyInput[] = [];
  for (const [index, s] of SERVICES.entries()) {
    const date = addDays(today, -s.daysAgo);
    entries.push({
      id: randomUUID(), networkId, key: `demo-${index + 1}`, payerAccountId: accountIds[s.payer], payeeAccountId: accountIds[s.payee], amount: s.amount,
      description: s.description, serviceDate: dbDate(date), recordedById: recorder[s.payee], postedAt: parisInstant(addDays(date, 1), "09:30"),
    });
  }
  // The cold room was entered twice: the Red Cross paid the second one back the next day.
  const twice = entries[2] as Prisma.CreditEntryCreateManyInput & { id: string };
  entries.splice(3, 0, {
    id: randomUUID(), networkId, key: "demo-correction-1", payerAccountId: accountIds.redCross, payeeAccountId: accountIds.grocery, amount: 25,
    description: "Saisi deux fois", serviceDate: twice.serviceDate, recordedById: orgs.staff.admin, reversesId: twice.id, postedAt: parisInstant(addDays(today, -31), "10:00"),
  });
  const claim = (creditor: Member, debtor: Member, amount: number, description: string, daysAgo: number): Prisma.CreditClaimCreateManyInput => ({
    networkId, key: `demo-claim-${creditor}-${daysAgo}`, creditorAccountId: accountIds[creditor], debtorAccountId: accountIds[debtor], amount, description,
    serviceDate: dbDate(addDays(today, -daysAgo)), createdById: recorder[creditor], createdAt: parisInstant(addDays(today, -daysAgo), "16:00"),
  });
  const claims = [
    claim("grocery", "bakery", 9, "Pain du fournil porté aux haltes de Chénérailles et de Mainsat (tournée du mardi)", 1),
    claim("bakery", "grocery", 14, "Pains pour le repas partagé à la salle du conseil de Bellegarde-en-Marche", 3),
  ];
  return { network: { id: networkId, name: "Réseau d'échanges du Pays d'Aubusson", unitName: "sou", unitPlural: "sous" }, accounts, entries, claims };
}
