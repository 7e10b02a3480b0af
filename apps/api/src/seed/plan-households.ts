/** Village halts and the households around them, with their accounts, relays and consents. */
import { randomUUID } from "node:crypto";
import type { Prisma } from "../generated/prisma/client.js";
import { minutes, parisInstant } from "./dates.js";
import { nearby } from "./geo.js";
import type { OrganisationsPlan } from "./plan-organisations.js";
import { ACCESS_NOTES, CIVILITIES, HAMLETS, STREETS, SURNAMES } from "./people.js";
import type { Rng } from "./prng.js";
import { RELAY_VILLAGE, VILLAGES, type Village } from "./territory.js";
import { DEMO_CODE_RESIDENT_ID } from "./accounts.js";
import { addDays, type LocalDate } from "@tournee/domain/calendar";

/** Households per village: the village's weight scaled so the territory has about 76. */
const HOUSEHOLDS_PER_WEIGHT = 80 / 72;
/** Every 7th household (from the 4th) cannot come to the halt: about 14 %. */
const isHomeDrop = (index: number): boolean => index % 7 === 3;
/** About one household in four has its own account (no e-mail: sign-in codes from the coordinator). */
const hasOwnAccount = (index: number): boolean => index % 4 === 1;

export interface PlannedHousehold {
  id: string;
  index: number;
  name: string;
  village: Village;
  /** The weekday of the rounds. */
  weekday: number;
  /** The halt for those who come, the home stop for home drops. */
  stopId: string;
  homeDrop: boolean;
  /** The household's own account, if any. */
  accountId: string | null;
  relayed: boolean;
}

export interface HouseholdsPlan {
  haltIds: Map<string, string>;
  halts: Prisma.StopCreateManyInput[];
  households: Prisma.HouseholdCreateManyInput[];
  homeStops: Prisma.StopCreateManyInput[];
  residents: Prisma.UserCreateManyInput[];
  /** Each resident account is a member of the grocery with the resident role. */
  residentMemberships: Prisma.MembershipCreateManyInput[];
  access: Prisma.HouseholdAccessCreateManyInput[];
  consents: Prisma.ConsentCreateManyInput[];
  planned: PlannedHousehold[];
  /** The households of the two demo resident accounts. */
  demoResident: PlannedHousehold;
  codeResident: PlannedHousehold;
}

type Draft = Omit<HouseholdsPlan, "demoResident" | "codeResident"> & { organisationId: string };

export function planHouseholds(orgs: OrganisationsPlan, today: LocalDate, weekday: number, rng: Rng): HouseholdsPlan {
  const grocery = orgs.orgIds.grocery;
  const haltIds = new Map<string, string>();
  const halts = VILLAGES.map((village) => {
    const id = randomUUID();
    haltIds.set(village.name, id);
    return { id, organisationId: grocery, kind: "halt" as const, name: `${village.name} — ${village.halt.name}`, addressLine: village.halt.addressLine,
      city: village.name, citycode: village.citycode, latitude: village.latitude, longitude: village.longitude, accessNotes: village.halt.accessNotes ?? null };
  });

  const surnames = rng.shuffle(SURNAMES);
  const plan: Draft = { organisationId: grocery, haltIds, halts, households: [], homeStops: [], residents: [], residentMemberships: [], access: [], consents: [], planned: [] };
  let index = 0;
  for (const village of VILLAGES) {
    const count = Math.max(2, Math.round(village.weight * HOUSEHOLDS_PER_WEIGHT));
    for (let k = 0; k < count; k++, index++) {
      plan.planned.push(addHousehold(plan, orgs, village, index, surnames[index % surnames.length] as string, today, weekday, rng));
    }
  }
  const demoResident = pickResident(plan, (h) => h.village.name === "Felletin" && !h.homeDrop);
  const codeResident = pickResident(plan, (h) => h.homeDrop && h !== demoResident, DEMO_CODE_RESIDENT_ID);
  return { ...plan, demoResident, codeResident };
}

/**
 * Gives the household an account if it has none yet (the demo residents sign in with theirs);
 * with `accountId`, the account gets that id, so the server can find it at each start.
 */
function pickResident(plan: Draft, match: (h: PlannedHousehold) => boolean, accountId?: string): PlannedHousehold {
  const household = plan.planned.find((h) => match(h) && !h.relayed);
  if (!household) throw new Error("no household fits a demo resident: check VILLAGES in territory.ts");
  if (accountId && household.accountId) {
    const old = household.accountId;
    for (const row of [...plan.residents.filter((r) => r.id === old)]) row.id = accountId;
    for (const row of [...plan.residentMemberships, ...plan.access].filter((r) => r.userId === old)) row.userId = accountId;
    household.accountId = accountId;
  }
  household.accountId ??= addAccount(plan, household.id, household.name, accountId);
  return household;
}

/** The household's own account: no e-mail, the coordinator gives it sign-in codes. */
function addAccount(plan: Draft, householdId: string, name: string, id?: string): string {
  const userId = id ?? randomUUID();
  plan.residents.push({ id: userId, displayName: name });
  plan.residentMemberships.push({ userId, organisationId: plan.organisationId, role: "resident" });
  plan.access.push({ householdId, userId, kind: "member" });
  return userId;
}

function addHousehold(plan: Draft, orgs: OrganisationsPlan, village: Village, index: number, surname: string, today: LocalDate, weekday: number, rng: Rng): PlannedHousehold {
  const id = randomUUID();
  const name = `${rng.pick(CIVILITIES)} ${surname}`;
  const homeDrop = isHomeDrop(index);
  const relayed = village.name === RELAY_VILLAGE;
  const inHamlet = rng.chance(0.4);
  const position = inHamlet ? nearby(village, rng, 600, 1_500) : nearby(village, rng, 30, 400);
  const addressLine = inHamlet ? `Lieu-dit ${rng.pick(HAMLETS)}` : `${rng.int(1, 28)} ${rng.pick(STREETS)}`;
  const accessNotes = homeDrop || rng.chance(0.15) ? rng.pick(ACCESS_NOTES) : null;
  const contactChannel = relayed ? "via_relay" : rng.pick(["phone", "phone", "phone", "sms", "sms", "post", "email"] as const);
  const homeAvailability = homeDrop
    ? [{ weekday, from: minutes("09:00"), to: minutes("12:00") }, { weekday, from: minutes("14:00"), to: minutes("17:30") }]
    : [];
  plan.households.push({
    id, organisationId: orgs.orgIds.grocery, name, addressLine, postcode: village.postcode, city: village.name, citycode: village.citycode,
    ...position, accessNotes, mobility: homeDrop ? "needs_home_drop" : "comes_to_halt", usualStopId: homeDrop ? null : plan.haltIds.get(village.name) ?? null,
    peopleCount: rng.pick([1, 1, 1, 2, 2, 3, 4, 5]), phone: contactChannel === "post" ? null : `06 39 98 ${String(20 + Math.floor(index / 100)).padStart(2, "0")} ${String(index % 100).padStart(2, "0")}`,
    contactChannel, homeAvailability,
  });
  let stopId = plan.haltIds.get(village.name) as string;
  if (homeDrop) {
    stopId = randomUUID();
    plan.homeStops.push({ id: stopId, organisationId: orgs.orgIds.grocery, kind: "home_drop", name, addressLine, city: village.name, ...position, accessNotes, householdId: id });
  }
  let accountId: string | null = null;
  if (relayed) {
    // The household's consent, signed at the town hall a few weeks to months ago (no draw: the demo's other draws stay the same).
    plan.access.push({ householdId: id, userId: orgs.staff.relay, kind: "relay", note: "Délégation signée en mairie", covers: ["order", "pay"],
      grantedAt: parisInstant(addDays(today, -(30 + ((index * 37) % 240))), "11:00"), recordedById: orgs.staff.groceryCoordinator });
  } else if (hasOwnAccount(index)) {
    accountId = addAccount(plan, id, name);
  }
  const consentDay = addDays(today, -rng.int(20, 400));
  plan.consents.push({ householdId: id, purpose: "data_processing", givenAt: parisInstant(consentDay, "10:30"), recordedById: orgs.staff.groceryCoordinator,
    evidence: rng.pick(["Formulaire papier signé, classé au dossier", "Accord oral au téléphone, confirmé par courrier", "Case cochée à l'inscription"]) });
  if (contactChannel === "sms") {
    plan.consents.push({ householdId: id, purpose: "sms_reminders", givenAt: parisInstant(consentDay, "10:35"), recordedById: orgs.staff.groceryCoordinator });
  }
  return { id, index, name, village, weekday, stopId, homeDrop, accountId, relayed };
}
