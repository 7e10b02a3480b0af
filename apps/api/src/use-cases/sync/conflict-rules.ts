/**
 * How the server settles what a device did offline against what changed meanwhile. The rules
 * are deterministic (they depend only on the database and the mutation, applied in per-device
 * order), never silently last-write-wins on money or delivery outcomes, and every conflict is
 * recorded as a SyncConflict the coordinators see live and the device sees in its answer.
 *
 * - delivered_after_cancel: an order cancelled on the server (by the household or the
 *   coordinator) and handed over by the driver offline stays handed over — the goods left the
 *   truck; the coordinator settles stock and credit.
 * - passage_moved: a passage the coordinator moved to another round while the driver was
 *   offline keeps the driver's outcome (arrival, handover, absence); the coordinator sees it.
 * - competing_outcomes: an order that already has an outcome (from another device or an
 *   earlier change) keeps the first one; the later one is rejected `already_handed_over`.
 * - after_close: a round closed on the server refuses later changes with `round_closed`; the
 *   change's content stays in the registry and in the conflict, so nothing is lost.
 * - Only the driver's own rounds: a change on a passage that is not on the change's round, and
 *   never left it while its driver could see it (PassageMove), is refused `not_your_round` and
 *   changes nothing.
 * - Wellbeing concerns are never refused because of a round's or an order's state: a person at
 *   risk is a fact. Payments are facts too, but not on a closed round (after_close: the cash was
 *   handed in). A payment for an order marked absent is kept and raises `payment_without_handover`.
 * - overpayment: a payment beyond what the order still owes (its handed-over lines less what was
 *   paid) is kept, but the part beyond is held out of the money due and of the cash to hand in
 *   until a coordinator settles it: a second phone's payment for a paid order never doubles the
 *   cash expected from the driver.
 * - round_handed_over: a round a coordinator gave to another driver (a sick day) while its former
 *   driver's phone was offline still gets what that phone recorded on it. What a person did there
 *   is a fact, so it is applied as on the driver's own round (the stop shows done on the new
 *   driver's phone, the household is not asked to pay twice), and every such change, applied or
 *   refused, is a conflict for the coordinators: who, when, what, on which stop. The money stays out
 *   of what the new driver hands in (it is with the former driver), and a close is refused
 *   `round_handed_over`: the round goes on with its new driver.
 * - clock_suspect (a flag, not a conflict): a device time more than 10 minutes ahead of the
 *   server or more than 7 days behind is kept as given and flagged.
 */
import type { Prisma } from "../../generated/prisma/client.js";
import type { ConflictRuleName } from "@tournee/domain";
import type { Mutation } from "@tournee/sync";

export type ConflictRule = ConflictRuleName;

const AHEAD_MS = 10 * 60_000;
const BEHIND_MS = 7 * 24 * 3_600_000;

export function clockSuspect(deviceTime: Date, receivedAt: Date): boolean {
  const skew = deviceTime.getTime() - receivedAt.getTime();
  return skew > AHEAD_MS || skew < -BEHIND_MS;
}

export async function recordConflict(
  tx: Prisma.TransactionClient,
  mutation: Mutation,
  conflict: { rule: ConflictRule; detail: string; organisationId: string; tourId: string | null; passageId?: string; orderId?: string },
): Promise<void> {
  await tx.syncConflict.create({
    data: {
      organisationId: conflict.organisationId,
      tourId: conflict.tourId,
      passageId: conflict.passageId ?? null,
      orderId: conflict.orderId ?? null,
      mutationId: mutation.id,
      rule: conflict.rule,
      detail: conflict.detail,
    },
  });
}
