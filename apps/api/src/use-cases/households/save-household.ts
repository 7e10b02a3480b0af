/** Creates or changes a household in an organisation the coordinator manages, with an audit entry. */
import type { z } from "zod";
import { homeDropProblems, type HouseholdInputSchema, type HouseholdPatchSchema } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { checkPostcode } from "../check-address.js";
import { recordAudit } from "../record-audit.js";
import { keepHomeDropStop } from "./home-drop-stop.js";
import { householdView } from "./household-view.js";

type Input = z.output<typeof HouseholdInputSchema>;
type Patch = z.output<typeof HouseholdPatchSchema>;

export async function createHousehold({ services, actor, organisationId, input }: { services: Services; actor: Actor; organisationId: string; input: Input }) {
  const prisma = services.db.prisma;
  const allowed = await prisma.organisation.count({ where: { id: { equals: organisationId, ...coordinatedOrganisations(actor) } } });
  if (!allowed) throw new ApiError("forbidden", "you do not coordinate this organisation");
  await checkUsualStop(services, organisationId, input.usualStopId);
  const created = await prisma.$transaction((tx) => insertHousehold(tx, actor, organisationId, input));
  return householdView(created);
}

/** Writes a new household, its home-drop stop if it needs one, and its audit entry inside the caller's transaction (the usual stop checked before). */
export async function insertHousehold(tx: Prisma.TransactionClient, actor: Actor, organisationId: string, input: Input) {
  checkHomeDrops(input);
  const postcode = checkPostcode(input.country, input.postcode);
  const household = await tx.household.create({ data: { ...input, postcode, organisationId } });
  await keepHomeDropStop(tx, household, null);
  await recordAudit(tx, { actor, organisationId, action: "create", entity: "Household", entityId: household.id, changes: input });
  return household;
}

export async function updateHousehold({ services, actor, id, patch }: { services: Services; actor: Actor; id: string; patch: Patch }) {
  const prisma = services.db.prisma;
  const existing = await prisma.household.findFirst({ where: { id, archivedAt: null, organisationId: coordinatedOrganisations(actor) } });
  if (!existing) throw notFound("household");
  await checkUsualStop(services, existing.organisationId, patch.usualStopId);
  checkHomeDrops({
    mobility: patch.mobility ?? existing.mobility, homeAvailability: patch.homeAvailability ?? (Array.isArray(existing.homeAvailability) ? (existing.homeAvailability as { weekday: number }[]) : []),
    homeDropFrequency: patch.homeDropFrequency === undefined ? existing.homeDropFrequency : patch.homeDropFrequency, homeDropDays: patch.homeDropDays ?? existing.homeDropDays,
  });
  const country = patch.country ?? existing.country;
  const postcode = patch.postcode !== undefined || patch.country !== undefined ? checkPostcode(country, patch.postcode ?? existing.postcode) : undefined;
  const updated = await prisma.$transaction(async (tx) => {
    const household = await tx.household.update({ where: { id }, data: { ...patch, ...(postcode === undefined ? {} : { postcode }) } });
    await keepHomeDropStop(tx, household, existing);
    await recordAudit(tx, { actor, organisationId: existing.organisationId, action: "update", entity: "Household", entityId: id, changes: patch });
    return household;
  });
  return householdView(updated);
}

export async function checkUsualStop(services: Services, organisationId: string, stopId: string | undefined): Promise<void> {
  if (!stopId) return;
  const stop = await services.db.prisma.stop.count({ where: { id: stopId, organisationId, kind: "halt", archivedAt: null } });
  if (!stop) {
    throw new ApiError("validation_failed", "usualStopId is not a halt of this organisation", [
      { in: "body", path: "usualStopId", message: "choose one of the organisation's halts" },
    ]);
  }
}

/** A frequency only for a household that needs home drops; preferred days only when someone is at home. */
function checkHomeDrops(h: Parameters<typeof homeDropProblems>[0]): void {
  const problems = homeDropProblems(h);
  if (problems.length) throw new ApiError("validation_failed", "the household's home drops cannot be kept at this frequency on these days", problems.map((p) => ({ in: "body" as const, ...p })));
}
