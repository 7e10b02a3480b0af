/**
 * Members join a contract (themselves, or a coordinator of the running organisation by phone),
 * choose their basket size and where they take it (a halt of the carrying grocery, or their own
 * home drop), and may ask for a solidarity basket when they have rights to the grocery's social
 * prices. Every change remakes their open weeks' baskets.
 */
import { eligibilityState } from "@tournee/domain/pricing";
import { localDateOf } from "@tournee/domain/calendar";
import type { AmapSubscriptionInputSchema, AmapSubscriptionPatchSchema } from "@tournee/domain";
import type { z } from "zod";
import { consoleOrganisations, type Actor } from "../../auth/actor.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { Services } from "../../services.js";
import { householdRights } from "../orders/household-rights.js";
import { TRANSACTION_OPTIONS } from "../orders/save-order.js";
import { recordAudit } from "../record-audit.js";
import { actionableSubscription, consoleContract, contractInclude } from "./amap-access.js";
import { stopView } from "./contracts.js";
import { reconcileBaskets } from "./reconcile-baskets.js";

interface Ctx {
  services: Services;
  actor: Actor;
}

type Tx = Prisma.TransactionClient;

/** The halt or home drop must be one the carrier serves and the member may use: a halt, or their own door. */
async function checkStop(tx: Tx, carrierId: string, householdId: string, stopId: string): Promise<void> {
  const stop = await tx.stop.findFirst({ where: { id: stopId, organisationId: carrierId, archivedAt: null } });
  if (!stop || (stop.kind === "home_drop" && stop.householdId !== householdId)) {
    throw new ApiError("validation_failed", "choose a halt of the grocery's rounds, or the household's own home drop", [{ in: "body", path: "stopId", message: "not a halt of the carrying grocery nor this household's home" }]);
  }
}

async function checkSize(tx: Tx, contractId: string, sizeId: string): Promise<void> {
  if (!(await tx.amapBasketSize.findFirst({ where: { id: sizeId, contractId } }))) {
    throw new ApiError("validation_failed", "choose one of the contract's basket sizes", [{ in: "body", path: "sizeId", message: "not a size of this contract" }]);
  }
}

/** A solidarity basket needs rights to the carrier's social prices today. */
async function checkSolidarity(tx: Tx, carrierId: string, householdId: string, now: Date): Promise<void> {
  const today = localDateOf(now);
  if (eligibilityState(await householdRights(tx, householdId, carrierId, today), today) !== "valid") {
    throw new ApiError("validation_failed", "a solidarity basket is for households with current rights to the grocery's social prices; ask the grocery or the social worker", [
      { in: "body", path: "solidarity", message: "the household has no current rights to social prices at the carrying grocery" },
    ]);
  }
}

export async function subscribe({ services, actor, input }: Ctx & { input: z.output<typeof AmapSubscriptionInputSchema> }) {
  const db = services.db.prisma;
  const contract = await db.amapContract.findUnique({ where: { id: input.contractId }, include: contractInclude });
  const runner = contract && consoleOrganisations(actor).includes(contract.organisationId);
  const own = actor.households.find((h) => h.id === input.householdId);
  if (!contract || (!runner && !own)) throw notFound("AMAP contract");
  const household = await db.household.findFirst({ where: { id: input.householdId, organisationId: contract.carrierId, archivedAt: null } });
  if (!household) throw new ApiError("validation_failed", "the member must be a household of the grocery whose rounds carry the baskets", [{ in: "body", path: "householdId", message: "not a household of the carrying grocery" }]);
  const now = services.now();
  const id = await db.$transaction(async (tx) => {
    await checkSize(tx, contract.id, input.sizeId);
    await checkStop(tx, contract.carrierId, household.id, input.stopId);
    if (input.solidarity) await checkSolidarity(tx, contract.carrierId, household.id, now);
    const existing = await tx.amapSubscription.findUnique({ where: { contractId_householdId: { contractId: contract.id, householdId: household.id } } });
    if (existing && !existing.endedAt) throw new ApiError("conflict", `the household is already a member of this contract (subscription ${existing.id}); change it with PATCH /api/amap/subscriptions/${existing.id}`);
    const data = { sizeId: input.sizeId, stopId: input.stopId, solidarity: input.solidarity, channel: runner ? ("phone" as const) : own!.relation === "own" ? ("app" as const) : ("relay" as const), createdById: actor.userId };
    const sub = existing
      ? await tx.amapSubscription.update({ where: { id: existing.id }, data: { ...data, endedAt: null } })
      : await tx.amapSubscription.create({ data: { ...data, contractId: contract.id, householdId: household.id } });
    await recordAudit(tx, { actor, organisationId: contract.organisationId, action: "subscribe", entity: "AmapSubscription", entityId: sub.id, changes: { ...input } });
    await reconcileBaskets(tx, { contractId: contract.id, now, actor, subscriptionIds: [sub.id] });
    return sub.id;
  }, TRANSACTION_OPTIONS);
  return subscriptionView(services, id);
}

export async function changeSubscription({ services, actor, id, input }: Ctx & { id: string; input: z.output<typeof AmapSubscriptionPatchSchema> }) {
  const { sub } = await actionableSubscription(services, actor, id);
  const now = services.now();
  await services.db.prisma.$transaction(async (tx) => {
    if (input.sizeId) await checkSize(tx, sub.contractId, input.sizeId);
    if (input.stopId) await checkStop(tx, sub.contract.carrierId, sub.householdId, input.stopId);
    if (input.solidarity) await checkSolidarity(tx, sub.contract.carrierId, sub.householdId, now);
    const ended = input.ended === undefined ? {} : { endedAt: input.ended ? (sub.endedAt ?? now) : null };
    await tx.amapSubscription.update({ where: { id }, data: { sizeId: input.sizeId, stopId: input.stopId, solidarity: input.solidarity, ...ended } });
    await recordAudit(tx, { actor, organisationId: sub.contract.organisationId, action: "change", entity: "AmapSubscription", entityId: id, changes: { ...input } });
    await reconcileBaskets(tx, { contractId: sub.contractId, now, actor, subscriptionIds: [id] });
  }, TRANSACTION_OPTIONS);
  return subscriptionView(services, id);
}

export async function subscriptionView(services: Services, id: string) {
  const s = await services.db.prisma.amapSubscription.findUniqueOrThrow({ where: { id }, include: { household: true, size: true, stop: true, skips: true } });
  return {
    subscriptionId: s.id,
    household: { id: s.household.id, name: s.household.name, city: s.household.city, phone: s.household.phone },
    size: { id: s.size.id, name: s.size.name, priceCents: s.size.priceCents },
    stop: stopView(s.stop), solidarity: s.solidarity, channel: s.channel,
    skippedWeeks: s.skips.map((k) => k.week.toISOString().slice(0, 10)).sort(),
  };
}

/** Households of the carrying grocery the AMAP may subscribe by phone: not yet members, with the halt they come to and their home drop. */
export async function subscriptionCandidates({ services, actor, id }: Ctx & { id: string }) {
  const contract = await consoleContract(services, actor, id, "manage");
  const households = await services.db.prisma.household.findMany({
    where: { organisationId: contract.carrierId, archivedAt: null, amapSubscriptions: { none: { contractId: id, endedAt: null } } },
    include: { usualStop: true, homeStop: true },
    orderBy: { name: "asc" },
  });
  const halts = await services.db.prisma.stop.findMany({ where: { organisationId: contract.carrierId, kind: "halt", archivedAt: null }, orderBy: [{ city: "asc" }, { name: "asc" }] });
  return {
    halts: halts.map(stopView),
    households: households.map((h) => ({
      id: h.id, name: h.name, city: h.city,
      stops: [h.usualStop, h.homeStop].filter((s): s is NonNullable<typeof s> => !!s && !s.archivedAt).map(stopView),
    })),
  };
}
