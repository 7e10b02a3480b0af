/**
 * Closing the round from the end-of-round summary: only once every change made on this device is
 * on the server, then the server records the round closed (a `tour.closed` change), and only
 * then does the round's personal data leave the device.
 */
import { closedRound, forgetRound, openDriverDb, type ClosedRound, type JournalEntry } from "./driver-db";
import type { RoundSummary } from "./round-view";
import { driverSync } from "./sync-engine";

export type CloseOutcome = { kind: "closed"; closed: ClosedRound } | { kind: "unsent"; pending: number } | { kind: "refused"; code: string; message: string };

export async function closeRound(tourId: string, date: string, summary: RoundSummary): Promise<CloseOutcome> {
  await driverSync.syncNow();
  const db = await openDriverDb();
  const recorded = await lastClose(tourId);
  // A close the server refused (e.g. sent before the round's day) is over: asking again records a new one.
  if (!recorded || (await db.get("rejections", recorded.id))) {
    const pending = driverSync.getSnapshot().pending;
    if (pending > 0) return { kind: "unsent", pending };
    await driverSync.record("tour.closed", { tourId });
    await driverSync.syncNow();
  }
  return finishClosing(tourId, date, summary);
}

async function lastClose(tourId: string): Promise<JournalEntry | undefined> {
  const db = await openDriverDb();
  return (await db.getAllFromIndex("journal", "byTour", tourId)).filter((m) => m.kind === "tour.closed").at(-1);
}

/** Once the close was sent: wipe the round if the server accepted it. */
export async function finishClosing(tourId: string, date: string, summary: RoundSummary): Promise<CloseOutcome> {
  const pending = driverSync.getSnapshot().pending;
  if (pending > 0) return { kind: "unsent", pending };
  const db = await openDriverDb();
  const close = await lastClose(tourId);
  if (!close) return { kind: "unsent", pending };
  const refusal = await db.get("rejections", close.id);
  if (refusal) return { kind: "refused", code: refusal.code ?? "", message: refusal.message ?? refusal.code ?? "" };
  // Nothing is left to send: the money to hand in is what the server recorded, as of the pull that followed the close.
  const stored = await db.get("rounds", tourId);
  const takings = stored?.takings ?? summary.byMethod;
  const forPartners = stored?.takingsFor?.map((p) => ({ organisationName: p.organisationName, byMethod: { ...p.takings } })) ?? summary.forPartners;
  const closed: ClosedRound = { tourId, date, closedAt: close.deviceTime, delivered: summary.delivered, partial: summary.partial, absent: summary.absent, cancelled: summary.cancelled, byMethod: { ...takings }, forPartners };
  await forgetRound(closed);
  return { kind: "closed", closed: (await closedRound(tourId)) ?? closed };
}
