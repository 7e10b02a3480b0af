/**
 * One pass of the planners: every message that should exist by now is stored once (its
 * dedupe key is unique, so two API instances planning at once store it once). Safe to run at
 * any time, as often as wanted; what it finds already stored it leaves alone.
 */
import type { Services } from "../../services.js";
import { storeDrafts, type Draft } from "./drafts.js";
import { textSource, type TextSource } from "./message-text.js";
import { planConfirmations, planDelays, planTimeChanges } from "./plan-day-messages.js";
import { planPassageMessages } from "./plan-passage-messages.js";
import { planCoordinatorDigests, planReferrerDigests, planRoundChanges } from "./plan-staff-messages.js";
import { planPurchaseOrders } from "./plan-purchase-orders.js";
import { planLateRoundPushes, planWellbeingPushes } from "./plan-staff-alerts.js";
import type { Prisma } from "../../generated/prisma/client.js";

type Planner = (db: Prisma.TransactionClient, text: TextSource, now: Date) => Promise<Draft[]>;

export const PLANNERS: Record<string, Planner> = {
  passages: planPassageMessages,
  confirmations: planConfirmations,
  timeChanges: planTimeChanges,
  delays: planDelays,
  referrers: planReferrerDigests,
  coordinators: planCoordinatorDigests,
  rounds: planRoundChanges,
  purchaseOrders: planPurchaseOrders,
  wellbeingPushes: planWellbeingPushes,
  latePushes: planLateRoundPushes,
};

export async function planMessages(services: Services, now: Date = services.now()): Promise<number> {
  const db = services.db.prisma;
  const text = textSource(db);
  let created = 0;
  for (const [name, planner] of Object.entries(PLANNERS)) {
    try {
      created += await storeDrafts(db, await planner(db, text, now), `planner:${name}`);
    } catch (error) {
      services.log.error({ err: error, planner: name }, "message planner failed");
    }
  }
  return created;
}
