/** Everything the demo writes, planned in memory first so it can be written in a few bulk inserts. */
import type { LocalDate } from "@tournee/domain/calendar";
import type { Prisma } from "../generated/prisma/client.js";
import { DEMO_PASSWORD, DEMO_RESIDENT_EMAIL, type DemoAccount } from "./accounts.js";
import { planBakeryPortage, type BakeryPortagePlan } from "./plan-bakery-portage.js";
import { planChangeLog } from "./plan-change-log.js";
import { planCatalogue, type CataloguePlan } from "./plan-catalogue.js";
import { planEligibility, type EligibilityPlan } from "./plan-eligibility.js";
import { planHistory, type HistoryPlan } from "./plan-history.js";
import { liveWeek, type LiveWeek } from "./live-week.js";
import { planHomeDropRhythm } from "./plan-home-drop-rhythm.js";
import { planHouseholds, type HouseholdsPlan } from "./plan-households.js";
import { hostHalts } from "./plan-hosts.js";
import { planOrders, type OrdersPlan } from "./plan-orders.js";
import { planReferrals, type ReferralsPlan } from "./plan-referrals.js";
import { DEMO_ORGANISATIONS, planOrganisations, type OrganisationsPlan } from "./plan-organisations.js";
import { planLedger, type LedgerPlan } from "./plan-ledger.js";
import { planRounds, type RoundsPlan } from "./plan-rounds.js";
import { planProducers, type ProducersPlan } from "./plan-producers.js";
import { planPooledRound, type PooledRoundPlan } from "./plan-pooled-round.js";
import { planFarmOrders } from "./plan-farm-orders.js";
import { planFarmReceipts, type FarmReceiptsPlan } from "./plan-farm-receipts.js";
import { planAmap, type AmapPlan } from "./plan-amap.js";
import { planVolunteerCar, type VolunteerCarPlan } from "./plan-volunteer-car.js";
import { DRIVERS, STAFF } from "./people.js";
import { createRng } from "./prng.js";

/** Same seed, same demo: names, positions and orders only depend on the reference date. */
const SEED = 23_200;

export interface DemoPlan {
  organisations: OrganisationsPlan;
  households: HouseholdsPlan;
  eligibility: EligibilityPlan;
  catalogue: CataloguePlan;
  rounds: RoundsPlan;
  orders: OrdersPlan;
  producers: ProducersPlan;
  /** The farms' purchase orders and receipts of the weeks done. */
  farmReceipts: FarmReceiptsPlan;
  referrals: ReferralsPlan;
  history: HistoryPlan;
  live: LiveWeek;
  ledger: LedgerPlan;
  bakeryPortage: BakeryPortagePlan;
  pooledRound: PooledRoundPlan;
  amap: AmapPlan;
  volunteerCar: VolunteerCarPlan;
  /** The change log of what the seed wrote on the demo people's behalf. */
  changeLog: Prisma.AuditEntryCreateManyInput[];
  accounts: DemoAccount[];
}

export function planDemo(today: LocalDate, now: Date, passwordHash: string): DemoPlan {
  const rng = createRng(SEED);
  const live = liveWeek(today);
  const organisations = planOrganisations(passwordHash, live.weekday);
  const households = planHouseholds(organisations, today, live.weekday, rng);
  planHomeDropRhythm(households, live.weekday);
  hostHalts(households, organisations);
  const eligibility = planEligibility(households.planned, organisations, today, rng);
  const catalogue = planCatalogue(organisations);
  const rounds = planRounds(organisations, households, today, live);
  const orders = planOrders(organisations, households, eligibility, catalogue, rounds, now, rng);
  const producers = planProducers(organisations, rounds);
  planFarmOrders(orders, producers, eligibility);
  const referrals = planReferrals(organisations, eligibility, today);
  const history = planHistory(organisations, rounds, orders, rng);
  const farmReceipts = planFarmReceipts(organisations, rounds, orders, producers, history);
  const volunteerCar = planVolunteerCar(organisations, households, rounds, history);
  const bakeryPortage = planBakeryPortage(organisations, catalogue, today);
  const pooledRound = planPooledRound(organisations, households, rounds, live, today);
  const changeLog = planChangeLog(now, organisations, eligibility, catalogue, orders, bakeryPortage);
  const resident = households.residents.find((u) => u.id === households.demoResident.accountId);
  if (resident) Object.assign(resident, { email: DEMO_RESIDENT_EMAIL, passwordHash });
  return { organisations, households, eligibility, catalogue, rounds, orders, producers, farmReceipts, referrals, history, live, ledger: planLedger(organisations, today), bakeryPortage, pooledRound, changeLog, amap: planAmap(organisations, households, eligibility, live), volunteerCar, accounts: demoAccounts(households) };
}

/** Every account of the demo that can sign in, with what it is meant to show. */
export function demoAccounts(households: Pick<HouseholdsPlan, "demoResident" | "codeResident">): DemoAccount[] {
  const { grocery, bakery, ccas, townHall, gardener, redCross, amap } = DEMO_ORGANISATIONS;
  const password = (email: string, role: DemoAccount["role"], organisation: string, description: string): DemoAccount => ({
    login: email, email, password: DEMO_PASSWORD, code: null, role, organisation, description,
  });
  return [
    password(STAFF.admin.email, "admin", `${grocery.name}, ${bakery.name}`, "organisations, personnes et rôles, journal des changements ; la console de l'épicerie et du fournil"),
    password(STAFF.groceryCoordinator.email, "coordinator", grocery.name, "foyers, droits, commandes, tournées et planification de l'épicerie ; échanges avec les partenaires"),
    password(STAFF.bakeryCoordinator.email, "coordinator", bakery.name, "la semaine du fournil : pain commandé sur les tournées, production, pains et prix, portage du samedi ; échanges avec les partenaires (une demande à accepter)"),
    ...DRIVERS.map((d, i) => password(d.email, "driver", i === 2 ? `${grocery.name}, ${bakery.name}` : grocery.name, `ses tournées (chauffeur ${i + 1}${i === 2 ? ", et le portage du samedi du fournil" : i === 1 ? ", bénévole : les livraisons à domicile dans sa voiture, en deux tournées avec un retour au dépôt" : ""}) : arrêts, remises, alertes, hors ligne`)),
    password(STAFF.referrer.email, "referrer", ccas.name, "les foyers qu'elle oriente, leurs droits et renouvellements, ses demandes et les réponses de l'épicerie"),
    password(STAFF.relay.email, "relay", townHall.name, "les foyers qui lui ont délégué leurs commandes : passages, commandes avant l'heure limite, montants à payer ; les deux haltes qu'elle accueille, leurs dates, l'affiche de chaque commune et ses chiffres"),
    password(STAFF.producer.email, "producer", gardener.name, "à faire : déclarer ce que la ferme peut fournir à la prochaine date (demandé sur son écran), lire la demande et le bon de commande une fois les commandes closes, l'heure où la tournée passe à la ferme ; les paniers AMAP à préparer par tournée et la composition de la semaine prochaine à annoncer"),
    password(STAFF.redCrossCoordinator.email, "coordinator", redCross.name, "ses colis portés par la tournée Nord de l'épicerie : heure prévue, remise, montant encaissé pour elle ; le partenariat, et celui qu'elle propose pour la tournée Sud ; échanges avec les partenaires"),
    password(STAFF.amapCoordinator.email, "coordinator", amap.name, "à faire : créer un contrat (Nouveau contrat, par exemple les fromages de la Chèvrerie du Puy Bas) et y inscrire des adhérents ; sur « Panier de légumes » (12 adhérents) : noter une absence, inscrire un foyer par téléphone, lire la liste de distribution par halte, changer un prix ou terminer la saison"),
    password(DEMO_RESIDENT_EMAIL, "resident", grocery.name, `le compte du foyer « ${households.demoResident.name} » (${households.demoResident.village.name}) : commandes, passages`),
    { login: "(code)", email: null, password: null, code: null, role: "resident", organisation: grocery.name,
      description: `le foyer « ${households.codeResident.name} » (${households.codeResident.village.name}), livré à domicile` },
  ];
}
