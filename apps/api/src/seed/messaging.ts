/**
 * The demo's messaging: the grocery signs "La tournée du Pays d'Aubusson"; households reached
 * by SMS have their mobile (their SMS consent is in plan-households.ts), those who chose e-mail
 * an address and its consent, those who go through the town hall are reached through it, the
 * demo resident by e-mail at her account's address and the home-delivered resident by a call
 * to her landline. Everything stays recorded-only until a provider is configured.
 */
import { parsePhone } from "@tournee/domain";
import type { Prisma } from "../generated/prisma/client.js";
import type { DemoPlan } from "./demo-plan.js";

export const DEMO_SENDER_NAME = "La tournée du Pays d'Aubusson";
/** The home-delivered demo resident's landline, in the range ARCEP keeps for fiction. */
const CODE_RESIDENT_LANDLINE = "+33199002468";

export async function writeMessagingDemo(tx: Prisma.TransactionClient, plan: DemoPlan): Promise<void> {
  const { organisations, households } = plan;
  const coordinator = organisations.staff.groceryCoordinator;
  await tx.messagingSettings.create({ data: { organisationId: organisations.orgIds.grocery, senderName: DEMO_SENDER_NAME, updatedById: coordinator } });
  const contacts: Prisma.HouseholdContactCreateManyInput[] = [];
  const consents: Prisma.ConsentCreateManyInput[] = [];
  const givenAt = (householdId: string) => plan.households.consents.find((c) => c.householdId === householdId)?.givenAt ?? new Date();
  const consent = (householdId: string, purpose: string, evidence: string) => consents.push({ householdId, purpose, givenAt: givenAt(householdId), recordedById: coordinator, evidence });
  for (const [index, h] of households.households.entries()) {
    const id = h.id as string;
    const mobile = h.phone ? parsePhone(h.phone) : null;
    if (id === households.demoResident.id) {
      contacts.push({ householdId: id, ...(h.contactChannel === "sms" && mobile?.ok ? { mobile: mobile.e164 } : {}) });
      consent(id, "email_reminders", "Case cochée à l'inscription");
    } else if (id === households.codeResident.id) {
      contacts.push({ householdId: id, landline: CODE_RESIDENT_LANDLINE });
      consent(id, "voice_reminders", "Accord oral au téléphone : préfère un appel");
    } else if (h.contactChannel === "sms" && mobile?.ok) {
      contacts.push({ householdId: id, mobile: mobile.e164 });
    } else if (h.contactChannel === "email") {
      contacts.push({ householdId: id, email: `foyer-${index + 1}@exemple.test` });
      consent(id, "email_reminders", "Formulaire papier signé, classé au dossier");
    } else if (h.contactChannel === "via_relay") {
      contacts.push({ householdId: id, viaRelay: true });
      consent(id, "email_reminders", "Délégation signée en mairie : messages à la mairie");
    }
  }
  await tx.householdContact.createMany({ data: contacts });
  await tx.consent.createMany({ data: consents });
}
