/** Everything the demo writes, planned in memory first so it can be written in a few bulk inserts. */
import type { LocalDate } from "@tournee/domain/calendar";
import type { Prisma } from "../generated/prisma/client.js";
import { hashLoginCode } from "../auth/login-code-hash.js";
import { DEMO_LOGIN_CODE, DEMO_PASSWORD, DEMO_RESIDENT_EMAIL, LOGIN_CODE_VALID_DAYS, type DemoAccount } from "./accounts.js";
import { planCatalogue, type CataloguePlan } from "./plan-catalogue.js";
import { planEligibility, type EligibilityPlan } from "./plan-eligibility.js";
import { planHouseholds, type HouseholdsPlan } from "./plan-households.js";
import { planOrders, type OrdersPlan } from "./plan-orders.js";
import { planReferrals, type ReferralsPlan } from "./plan-referrals.js";
import { DEMO_ORGANISATIONS, planOrganisations, type OrganisationsPlan } from "./plan-organisations.js";
import { planRounds, type RoundsPlan } from "./plan-rounds.js";
import { planProducers, type ProducersPlan } from "./plan-producers.js";
import { DRIVERS, STAFF } from "./people.js";
import { createRng } from "./prng.js";

/** Same seed, same demo: names, positions and orders only depend on the reference date. */
const SEED = 23_200;
const DAY_MS = 86_400_000;

export interface DemoPlan {
  organisations: OrganisationsPlan;
  households: HouseholdsPlan;
  eligibility: EligibilityPlan;
  catalogue: CataloguePlan;
  rounds: RoundsPlan;
  orders: OrdersPlan;
  producers: ProducersPlan;
  referrals: ReferralsPlan;
  loginCode: Prisma.LoginCodeCreateManyInput;
  accounts: DemoAccount[];
}

export function planDemo(today: LocalDate, now: Date, passwordHash: string, secret: string): DemoPlan {
  const rng = createRng(SEED);
  const organisations = planOrganisations(passwordHash);
  const households = planHouseholds(organisations, today, rng);
  const eligibility = planEligibility(households.planned, organisations, today, rng);
  const catalogue = planCatalogue(organisations);
  const rounds = planRounds(organisations, households, today);
  const orders = planOrders(organisations, households, eligibility, catalogue, rounds, rng);
  const producers = planProducers(organisations, rounds);
  const referrals = planReferrals(organisations, eligibility, today);
  const resident = households.residents.find((u) => u.id === households.demoResident.accountId);
  if (resident) Object.assign(resident, { email: DEMO_RESIDENT_EMAIL, passwordHash });
  const loginCode = {
    userId: households.codeResident.accountId as string, codeHash: hashLoginCode(DEMO_LOGIN_CODE, secret),
    expiresAt: new Date(now.getTime() + LOGIN_CODE_VALID_DAYS * DAY_MS), issuedById: organisations.staff.groceryCoordinator,
  };
  return { organisations, households, eligibility, catalogue, rounds, orders, producers, referrals, loginCode, accounts: demoAccounts(households) };
}

/** Every account of the demo that can sign in, with what it is meant to show. */
export function demoAccounts(households: Pick<HouseholdsPlan, "demoResident" | "codeResident">): DemoAccount[] {
  const { grocery, bakery, ccas, townHall } = DEMO_ORGANISATIONS;
  const password = (email: string, role: DemoAccount["role"], organisation: string, description: string): DemoAccount => ({
    login: email, email, password: DEMO_PASSWORD, code: null, role, organisation, description,
  });
  return [
    password(STAFF.admin.email, "admin", `${grocery.name}, ${bakery.name}`, "tout : organisations, comptes, paramètres"),
    password(STAFF.groceryCoordinator.email, "coordinator", grocery.name, "foyers, droits, commandes, tournées et planification de l'épicerie"),
    password(STAFF.bakeryCoordinator.email, "coordinator", bakery.name, "catalogue et commandes de pain du fournil"),
    ...DRIVERS.map((d, i) => password(d.email, "driver", grocery.name, `ses tournées (chauffeur ${i + 1}) : arrêts, remises, alertes, hors ligne`)),
    password(STAFF.referrer.email, "referrer", ccas.name, "les foyers qu'elle oriente, leurs droits et renouvellements, ses demandes et les réponses de l'épicerie"),
    password(STAFF.relay.email, "relay", townHall.name, "les foyers qui lui ont délégué leurs commandes : passages, commandes avant l'heure limite, montants à payer"),
    password(DEMO_RESIDENT_EMAIL, "resident", grocery.name, `le compte du foyer « ${households.demoResident.name} » (${households.demoResident.village.name}) : commandes, passages`),
    { login: DEMO_LOGIN_CODE, email: null, password: null, code: DEMO_LOGIN_CODE, role: "resident", organisation: grocery.name,
      description: `code à usage unique : le foyer « ${households.codeResident.name} » (${households.codeResident.village.name}), livré à domicile ; code valable ${LOGIN_CODE_VALID_DAYS} jours` },
  ];
}
