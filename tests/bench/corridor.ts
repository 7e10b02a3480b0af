/**
 * Benchmark (not a test; prints figures): what "Préparer ma tournée" stores on a phone for a
 * 30-stop round from self-hosted vector tiles. Builds Andorra's tiles with infra/tiles (or reads
 * TILES_PATH), draws 30 stops at random in its valleys, orders them nearest-first, and adds up the
 * tiles of the corridor the phone would store (the route with a one-tile margin, zooms 10–14).
 * The route is straight between stops here (no OSRM): a road path is longer and winds, so count
 * some more. Run: nice npx tsx --conditions=source tests/bench/corridor.ts
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import { corridorPlan, corridorZooms, TILE_BUDGET } from "../../apps/web/src/driver/tiles.ts";
import { buildAndorraTiles } from "../support/territory-tiles.ts";

const random = (() => {
  let state = 30;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
})();

const folder = process.env.TILES_PATH ?? (await buildAndorraTiles().then((built) => (console.log(`built Andorra's tiles in ${built.seconds.toFixed(1)} s`), built.folder)));
const stops: [number, number][] = Array.from({ length: 30 }, () => [42.46 + random() * 0.14, 1.47 + random() * 0.21]);
const route: [number, number][] = [stops.shift()!];
while (stops.length) {
  const [lat, lng] = route.at(-1)!;
  stops.sort((a, b) => Math.hypot(a[0] - lat, a[1] - lng) - Math.hypot(b[0] - lat, b[1] - lng));
  route.push(stops.shift()!);
}
const plan = corridorPlan(route, TILE_BUDGET.tiles, corridorZooms({ kind: "vector", maxZoom: 14 }));
let bytes = 0;
let present = 0;
for (const tile of plan.tiles) {
  try {
    bytes += statSync(join(folder, String(tile.z), String(tile.x), `${tile.y}.pbf`)).size;
    present++;
  } catch {
    // No tile there: the server answers 204 and the phone stores nothing.
  }
}
const perZoom = plan.zooms.map((z) => `z${z}: ${plan.tiles.filter((t) => t.z === z).length}`).join(", ");
console.log(`30-stop round in Andorra: corridor of ${plan.tiles.length} tiles (${perZoom}), ${present} with data, ${(bytes / 1e6).toFixed(2)} MB stored (budget ${TILE_BUDGET.bytes / 1e6} MB)`);
