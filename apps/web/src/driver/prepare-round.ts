/**
 * "Prepare my round": downloads the round into IndexedDB, then the map tiles of its corridor
 * into the service worker's tile cache when the tile source allows prefetching.
 */
import { RoundSchema, type Round } from "@tournee/sync";
import { api } from "../api/client";
import { TILE_CACHE } from "../pwa/tile-requests";
import { mergeDownload } from "./apply-pull";
import { openDriverDb, type StoredRound } from "./driver-db";
import { decodePolyline } from "../map/polyline";
import { corridorPlan, corridorZooms, TILE_BUDGET, tileUrl } from "./tiles";

const TILE_TIMEOUT_MS = 15_000;

export function corridorPoints(round: Round): [number, number][] {
  const stops = round.passages.map((p): [number, number] => [p.latitude, p.longitude]);
  return round.tour.geometry ? decodePolyline(round.tour.geometry) : stops;
}

async function prefetchTiles(round: Round): Promise<Pick<StoredRound, "tilesStored" | "tilesBytes" | "tilesNote">> {
  if (!round.tiles) return { tilesStored: 0, tilesBytes: 0, tilesNote: "no-source" };
  if (!round.tiles.prefetchAllowed || typeof caches === "undefined") return { tilesStored: 0, tilesBytes: 0, tilesNote: "viewed-only" };
  const plan = corridorPlan([...corridorPoints(round), ...round.passages.map((p): [number, number] => [p.latitude, p.longitude])], TILE_BUDGET.tiles, corridorZooms(round.tiles));
  const cache = await caches.open(TILE_CACHE.name);
  let stored = 0;
  let bytes = 0;
  let full = false;
  // Least detailed first: if the budget runs out, the whole corridor is still covered at some zoom.
  const queue = [...plan.tiles].sort((a, b) => a.z - b.z).map((t) => tileUrl(round.tiles!.url, t));
  const worker = async () => {
    for (let url = queue.shift(); url; url = queue.shift()) {
      if (bytes >= TILE_BUDGET.bytes) {
        full = true;
        break;
      }
      try {
        if (await cache.match(url)) {
          stored += 1;
          continue;
        }
        // A tile server that stops answering must not hold the preparation forever.
        const res = await fetch(url, { mode: "cors", credentials: "omit", signal: AbortSignal.timeout(TILE_TIMEOUT_MS) });
        // 204: the territory's tiles have nothing there (sea, outside the extract): nothing to keep.
        if (!res.ok || res.status === 204) continue;
        const blob = await res.clone().blob();
        await cache.put(url, res);
        stored += 1;
        bytes += blob.size;
      } catch {
        /* a tile that failed is just missing from the map */
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return { tilesStored: stored, tilesBytes: bytes, tilesNote: plan.dropped.length || full ? `budget:${plan.dropped.join(",")}` : null };
}

/**
 * Downloads the round again and stores it, keeping the outbox and the journal: the changes not
 * yet sent are still shown on top of it. Journal entries settled before the download are marked
 * as counted in it, so a payment is not counted twice.
 */
export async function downloadRound(tourId: string): Promise<StoredRound> {
  const db = await openDriverDb();
  // Only what was already sent before the download can be in it; what is recorded meanwhile is not.
  const unsent = new Set(await db.getAllKeys("outbox"));
  const settled = new Set((await db.getAllFromIndex("journal", "byTour", tourId)).filter((e) => !unsent.has(e.id)).map((e) => e.id));
  const fresh = await api.get(`/api/tours/${tourId}/round`, (body) => RoundSchema.parse(body));
  const tx = db.transaction(["rounds", "journal"], "readwrite");
  const stored = mergeDownload(fresh, await tx.objectStore("rounds").get(tourId));
  await tx.objectStore("rounds").put(stored);
  const journal = tx.objectStore("journal");
  for (const entry of await journal.index("byTour").getAll(tourId)) {
    if (!entry.inRound && settled.has(entry.id)) await journal.put({ ...entry, inRound: true });
  }
  await tx.done;
  return stored;
}

export async function prepareRound(tourId: string): Promise<StoredRound> {
  const round = await downloadRound(tourId);
  const tiles = await prefetchTiles(round);
  // Fetching tiles takes a while, and a pull may have changed the stored round meanwhile (a
  // cancelled order, a message): add the tile figures to the round as it is now.
  const tx = (await openDriverDb()).transaction("rounds", "readwrite");
  const stored: StoredRound = { ...((await tx.store.get(tourId)) ?? round), ...tiles };
  await tx.store.put(stored);
  await tx.done;
  return stored;
}

export { TILE_BUDGET };
