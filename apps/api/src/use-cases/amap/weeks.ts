/**
 * A member skips a delivery week (or takes it back) until the cutoff of the passage that week
 * brings their basket; the producer (or the running organisation) announces what the week's
 * basket holds.
 */
import { addDays, localDateOf } from "@tournee/domain/calendar";
import { deliveryWeeks, mondayOf } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { consoleOrganisations } from "../../auth/actor.js";
import { dbDate, isoDate } from "../../db/db-date.js";
import { ApiError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { TRANSACTION_OPTIONS } from "../orders/save-order.js";
import { recordAudit } from "../record-audit.js";
import { actionableSubscription, producedContract, consoleContract, type ContractWithParties } from "./amap-access.js";
import { reconcileBaskets } from "./reconcile-baskets.js";
import { subscriptionView } from "./subscriptions.js";

interface Ctx {
  services: Services;
  actor: Actor;
}

function checkWeek(contract: { firstDate: Date; lastDate: Date; everyWeeks: number }, week: string): void {
  const weeks = deliveryWeeks({ firstDate: isoDate(contract.firstDate), lastDate: isoDate(contract.lastDate), everyWeeks: contract.everyWeeks });
  if (!weeks.includes(week)) {
    throw new ApiError("validation_failed", `not a delivery week of the contract: give the Monday of one of its weeks (${weeks[0]} to ${weeks.at(-1)})`, [
      { in: "path", path: "week", message: "not the Monday of a delivery week of this contract" },
    ]);
  }
}

export async function setSkip({ services, actor, id, week, skipped }: Ctx & { id: string; week: string; skipped: boolean }) {
  const { sub } = await actionableSubscription(services, actor, id);
  checkWeek(sub.contract, week);
  const now = services.now();
  if (week < mondayOf(localDateOf(now))) throw new ApiError("order_locked", `the week of ${week} is over`);
  const db = services.db.prisma;
  const passage = await db.passage.findFirst({
    where: { organisationId: sub.contract.carrierId, stopId: sub.stopId, status: "scheduled", date: { gte: dbDate(week), lte: dbDate(addDays(week, 6)) } },
    orderBy: { date: "asc" },
  });
  if (passage && now >= passage.cutoffAt) {
    throw new ApiError("order_locked", `the basket of the week of ${week} is being prepared: changes closed at ${passage.cutoffAt.toISOString()}; call the AMAP`);
  }
  await db.$transaction(async (tx) => {
    if (skipped) {
      await tx.amapSkip.upsert({ where: { subscriptionId_week: { subscriptionId: id, week: dbDate(week) } }, create: { subscriptionId: id, week: dbDate(week), reportedById: actor.userId }, update: {} });
    } else {
      await tx.amapSkip.deleteMany({ where: { subscriptionId: id, week: dbDate(week) } });
    }
    await recordAudit(tx, { actor, organisationId: sub.contract.organisationId, action: skipped ? "skip" : "unskip", entity: "AmapSubscription", entityId: id, changes: { week } });
    await reconcileBaskets(tx, { contractId: sub.contractId, now, actor, subscriptionIds: [id] });
  }, TRANSACTION_OPTIONS);
  return subscriptionView(services, id);
}

/** The producer announces the week's basket; the running organisation may write it for them. */
export async function setComposition({ services, actor, id, week, text }: Ctx & { id: string; week: string; text: string }) {
  let contract: ContractWithParties;
  try {
    contract = await producedContract(services, actor, id);
  } catch {
    contract = await consoleContract(services, actor, id, "manage");
  }
  checkWeek(contract, week);
  const db = services.db.prisma;
  const row = await db.$transaction(async (tx) => {
    const saved = await tx.amapComposition.upsert({
      where: { contractId_week: { contractId: id, week: dbDate(week) } },
      create: { contractId: id, week: dbDate(week), text, updatedById: actor.userId },
      update: { text, updatedById: actor.userId },
    });
    const by = consoleOrganisations(actor).includes(contract.organisationId) ? contract.organisationId : contract.producerId;
    await recordAudit(tx, { actor, organisationId: by, action: "announce", entity: "AmapComposition", entityId: saved.id, changes: { week, text } });
    return saved;
  });
  return { week, text: row.text };
}
