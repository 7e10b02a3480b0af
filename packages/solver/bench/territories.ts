/**
 * Territories for the planning benchmarks: the demo's Pays d'Aubusson (the villages of the demo
 * seed, positions of their centres) and a generated rural day. Road times are estimated from
 * straight-line distance (× 1.3 detour, 55 km/h), as the application does without OSRM.
 */
import type { Problem, Vehicle } from "../src/types.js";

export type Point = [latitude: number, longitude: number];

export const WAREHOUSE: Point = [45.9652, 2.179];
export const VILLAGES: { name: string; at: Point }[] = [
  ["Alleyrat", 45.9783, 2.2072], ["Saint-Maixant", 45.9978, 2.2011], ["Saint-Médard-la-Rochette", 46.0314, 2.095],
  ["Lavaveix-les-Mines", 46.0861, 2.0603], ["Chénérailles", 46.1117, 2.1772], ["Mainsat", 46.0644, 2.3092],
  ["Champagnat", 46.0211, 2.2797], ["Bellegarde-en-Marche", 45.9842, 2.2939], ["Saint-Alpinien", 45.9661, 2.2547],
  ["Blessac", 45.9619, 2.1256], ["Saint-Marc-à-Frongier", 45.9267, 2.1142], ["Vallière", 45.9053, 2.04],
  ["Saint-Quentin-la-Chabanne", 45.8544, 2.1569], ["Felletin", 45.8828, 2.1742], ["Saint-Frion", 45.8747, 2.2117],
  ["Crocq", 45.8683, 2.3658], ["Néoux", 45.9336, 2.2575], ["Moutier-Rozeille", 45.9167, 2.1972],
].map(([name, lat, lon]) => ({ name: name as string, at: [lat as number, lon as number] as Point }));

/** Small deterministic generator (same sequence on every machine). */
export function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 4294967296;
  };
}

function metres(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/** Duration (s) and distance (m) matrices by road estimate. */
export function roadMatrices(points: Point[]): { durations: number[][]; distances: number[][] } {
  const distances = points.map((a) => points.map((b) => Math.round(metres(a, b) * 1.3)));
  return { distances, durations: distances.map((row) => row.map((d) => Math.round(d / (55_000 / 3600)))) };
}

/** A point within `radius` metres of `at`. */
export function near(at: Point, radius: number, rng: () => number): Point {
  const r = radius * Math.sqrt(rng());
  const a = 2 * Math.PI * rng();
  return [at[0] + (r * Math.cos(a)) / 111_200, at[1] + (r * Math.sin(a)) / (111_200 * Math.cos((at[0] * Math.PI) / 180))];
}

const HOUR = 3600;

/**
 * A generated rural day: 150 stops around 25 villages in a 60 km × 60 km area, 30 halts (15 min,
 * a two-hour window around their usual time) and 120 home drops (4 min, a third of them morning
 * or afternoon only), two compartments (ambient, chilled), three vans from one depot working
 * 7:00–18:30 with a 30-minute lunch break between 12:00 and 14:00.
 */
export function ruralDay(seed = 7): Problem {
  const rng = random(seed);
  const depot: Point = [45.95, 2.17];
  const villages = Array.from({ length: 25 }, () => near(depot, 30_000, rng));
  const points: Point[] = [depot];
  const jobs: Problem["jobs"] = [];
  for (let i = 0; i < 150; i++) {
    const halt = i < 30;
    const village = villages[i % villages.length]!;
    points.push(halt ? village : near(village, 2_500, rng));
    const usual = 8 * HOUR + Math.floor(rng() * 8) * HOUR;
    const part = rng();
    const window: [number, number] | undefined = halt ? [usual - HOUR, usual + HOUR] : part < 0.17 ? [8 * HOUR, 12 * HOUR] : part < 0.33 ? [13 * HOUR, 17.5 * HOUR] : undefined;
    jobs.push({
      id: halt ? `halt-${i}` : `home-${i}`,
      location: i + 1,
      service: halt ? 15 * 60 : 4 * 60,
      delivery: halt ? [4 + Math.floor(rng() * 6), Math.floor(rng() * 3)] : [1 + Math.floor(rng() * 2), rng() < 0.3 ? 1 : 0],
      priority: halt ? 100 : 50,
      ...(window ? { timeWindows: [window] } : {}),
    });
  }
  const vehicle = (id: string): Vehicle => ({
    id, start: 0, end: 0, capacity: [140, 40], timeWindow: [7 * HOUR, 18.5 * HOUR],
    breaks: [{ id: `lunch-${id}`, timeWindows: [[12 * HOUR, 14 * HOUR]], duration: 30 * 60 }],
  });
  return { version: 1, name: `rural day ${seed}`, matrices: { car: roadMatrices(points) }, jobs, vehicles: [vehicle("van-1"), vehicle("van-2"), vehicle("van-3")] };
}
