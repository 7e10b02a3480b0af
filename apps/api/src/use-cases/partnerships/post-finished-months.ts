/**
 * The recurring entry of a shared round: once a month is over (Paris calendar), the server posts
 * each partnership's share of that month to the ledger by itself, as the carrier would from the
 * statement. It looks at the last two finished months, so a server stopped across the first of
 * the month catches up. A month already posted (by hand, by this job, by another API instance at
 * the same time) is left alone: the claim's key is unique, so posting twice never doubles.
 */
import { monthKey } from "@tournee/domain/calendar";
import { isoDate } from "../../db/db-date.js";
import { ApiError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { PARTNERSHIP_INCLUDE } from "./partnership-records.js";
import { postMonthShare } from "./post-pooled-statement.js";
import { statementKey } from "./statement-claim.js";

const CATCH_UP_MONTHS = 2;

function monthBefore(month: string, by = 1): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 - by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

export interface PostedShare {
  partnershipId: string;
  month: string;
  claimId: string;
}

/** `refused` remembers the months the ledger refused (a limit reached), so they are reported once per process, not at every pass. */
export async function postFinishedMonths(services: Services, refused: Set<string> = new Set()): Promise<PostedShare[]> {
  const prisma = services.db.prisma;
  const last = monthBefore(monthKey(services.now()));
  const months = Array.from({ length: CATCH_UP_MONTHS }, (_, i) => monthBefore(last, i));
  const partnerships = await prisma.partnership.findMany({
    where: { status: { in: ["active", "ended"] }, validFrom: { lt: new Date(`${monthBefore(last, -1)}-01T00:00:00Z`) } },
    include: PARTNERSHIP_INCLUDE,
  });
  const posted: PostedShare[] = [];
  for (const partnership of partnerships) {
    const from = monthKey(isoDate(partnership.validFrom));
    const until = partnership.endedAt ? monthKey(partnership.endedAt) : partnership.validTo ? monthKey(isoDate(partnership.validTo)) : last;
    const keys = months.filter((month) => month >= from && month <= until).map((month) => ({ month, key: statementKey(partnership.id, month) }));
    if (keys.length === 0) continue;
    const known = new Set((await prisma.creditClaim.findMany({ where: { key: { in: keys.map((k) => k.key) } }, select: { key: true } })).map((c) => c.key));
    for (const { month, key } of keys) {
      if (known.has(key) || refused.has(key)) continue;
      try {
        const { claim, replayed } = await postMonthShare(services, partnership, month, undefined);
        if (!replayed) posted.push({ partnershipId: partnership.id, month, claimId: claim.id });
      } catch (error) {
        // Nothing to post (no shared network, a share under one unit) is the usual answer; a refusal of the ledger is told once.
        if (error instanceof ApiError && error.code === "conflict") continue;
        refused.add(key);
        services.log.warn({ err: error, partnershipId: partnership.id, month }, "a shared round's monthly share could not be posted to the ledger");
      }
    }
  }
  return posted;
}
