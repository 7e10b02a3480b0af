/**
 * Who may act on an AMAP contract: coordinators of the organisation that runs it (on its console)
 * manage it; the carrying grocery's coordinators read it and its distribution lists; the producer
 * reads what to prepare and announces the week's basket; a member (or their relay) their own
 * subscription. Anything else answers 404, so a contract's existence is not revealed.
 */
import { consoleOrganisations, isAdmin, organisationsWith, type Actor } from "../../auth/actor.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { Services } from "../../services.js";

export const contractInclude = {
  organisation: { select: { id: true, name: true } },
  producer: { select: { id: true, name: true } },
  carrier: { select: { id: true, name: true } },
  sizes: { orderBy: { position: "asc" } },
} satisfies Prisma.AmapContractInclude;
export type ContractWithParties = Prisma.AmapContractGetPayload<{ include: typeof contractInclude }>;

/** A contract the console's organisation runs (to manage it), or also carries (`read`). */
export async function consoleContract(services: Services, actor: Actor, id: string, mode: "manage" | "read"): Promise<ContractWithParties> {
  const orgs = consoleOrganisations(actor);
  const where: Prisma.AmapContractWhereInput = mode === "manage" ? { organisationId: { in: orgs } } : { OR: [{ organisationId: { in: orgs } }, { carrierId: { in: orgs } }] };
  const contract = await services.db.prisma.amapContract.findFirst({ where: { AND: [{ id }, where] }, include: contractInclude });
  if (!contract) throw notFound("AMAP contract");
  return contract;
}

/** A contract the person prepares baskets for, as the producer's staff. */
export async function producedContract(services: Services, actor: Actor, id: string): Promise<ContractWithParties> {
  const contract = await services.db.prisma.amapContract.findUnique({ where: { id }, include: contractInclude });
  if (!contract || !(isAdmin(actor) || organisationsWith(actor, ["producer"]).includes(contract.producerId))) throw notFound("AMAP contract");
  return contract;
}

const subscriptionInclude = { contract: { include: contractInclude }, household: true, size: true, stop: true, skips: true } satisfies Prisma.AmapSubscriptionInclude;
export type FullSubscription = Prisma.AmapSubscriptionGetPayload<{ include: typeof subscriptionInclude }>;

/** A subscription the person may change: the running organisation's coordinators, or the member's own account or relay. */
export async function actionableSubscription(services: Services, actor: Actor, id: string): Promise<{ sub: FullSubscription; by: "runner" | "member" }> {
  const sub = await services.db.prisma.amapSubscription.findUnique({ where: { id }, include: subscriptionInclude });
  if (!sub) throw notFound("AMAP subscription");
  if (consoleOrganisations(actor).includes(sub.contract.organisationId)) return { sub, by: "runner" };
  if (actor.households.some((h) => h.id === sub.householdId)) return { sub, by: "member" };
  throw notFound("AMAP subscription");
}

/** The organisation the console shows, if it may run AMAP contracts (an AMAP or a producer). */
export async function runningOrganisation(services: Services, actor: Actor) {
  const id = consoleOrganisations(actor)[0];
  const org = id ? await services.db.prisma.organisation.findUnique({ where: { id } }) : null;
  if (!org || (org.kind !== "amap" && org.kind !== "producer")) {
    throw new ApiError("forbidden", "AMAP contracts are run by an AMAP or a producer: switch the console to one (PUT /api/auth/me/organisation)");
  }
  return org;
}
