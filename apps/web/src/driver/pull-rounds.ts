/**
 * Pulls what changed on the server in the driver's rounds since the device's cursor and applies
 * it to the rounds stored on the device; downloads again a round the server changed (new version,
 * or `resync`). The cursor moves only once everything pulled is applied, so a failed download is
 * tried again at the next pull. A round a coordinator gave to another driver leaves the device.
 * The outbox and the journal are never touched here.
 */
import { PullResponseSchema } from "@tournee/sync";
import { api } from "../api/client";
import { applyPull, oldestCursor } from "./apply-pull";
import { cursorKey, forgetReassignedRound, openDriverDb } from "./driver-db";
import { downloadRound } from "./prepare-round";

export interface PullSummary {
  /** The stored rounds changed: the screens read them again. */
  changed: boolean;
  /** Rounds that could not be downloaded again (tried at the next pull). */
  failedDownloads: number;
}

export async function pullRounds(deviceId: string): Promise<PullSummary> {
  const db = await openDriverDb();
  const rounds = await db.getAll("rounds");
  if (rounds.length === 0) return { changed: false, failedDownloads: 0 };
  const tourIds = rounds.map((r) => r.tour.id);
  // Before the first pull, start from the oldest download: replaying a change is harmless, missing one is not.
  const cursor = ((await db.get("meta", cursorKey(deviceId))) as string | undefined) ?? oldestCursor(rounds.map((r) => r.cursor));
  const pull = await api.get(`/api/sync/pull${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`, (body) => PullResponseSchema.parse(body));
  let changed = false;
  for (const gone of pull.reassigned) {
    if (!tourIds.includes(gone.id)) continue;
    await forgetReassignedRound({ tourId: gone.id, date: gone.date });
    changed = true;
  }
  const stale: string[] = [];
  for (const tourId of tourIds) {
    const tx = db.transaction("rounds", "readwrite");
    const stored = await tx.store.get(tourId);
    if (!stored) continue;
    const applied = applyPull(stored, pull);
    if (applied.changed) await tx.store.put(applied.round);
    await tx.done;
    changed ||= applied.changed;
    if (applied.redownload) stale.push(tourId);
  }
  let failedDownloads = 0;
  for (const tourId of stale) {
    try {
      await downloadRound(tourId);
      changed = true;
    } catch {
      failedDownloads += 1;
    }
  }
  if (failedDownloads === 0) await db.put("meta", pull.cursor, cursorKey(deviceId));
  return { changed, failedDownloads };
}
