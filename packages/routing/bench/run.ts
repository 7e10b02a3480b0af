/**
 * Benchmark (not a test): time and OSRM requests to assemble 100, 250, 500 and 1,000-place
 * matrices through `getMatrix`, without a cache, with a cold cache, a warm cache, and a warm cache
 * after one stop moved; then how far the estimate strays from OSRM, pair by pair.
 *
 * Against the OSRM protocol test server (in process, `--max-table-size 100`) by default; against
 * a real `osrm-routed` when `OSRM_URL` is set (places drawn at random in `--box`, which must lie in
 * the server's extract; Andorra by default, the shared fixtures' extract), and then the estimate
 * is also measured on the real 1,000-place matrix.
 *
 * Run: `nice npm run bench -w packages/routing`. Options: `--sizes 100,250,500,1000`,
 * `--latency-ms 0` (test server only), `--concurrency 4`, `--max-table-size 100`,
 * `--box west,south,east,north`.
 */
import { parseArgs } from "node:util";
import { InMemoryMatrixCache } from "../src/cache/in-memory-matrix-cache.js";
import type { LonLat } from "../src/coordinate.js";
import type { ObservedMatrix, Spread } from "../src/estimate/calibration.js";
import { getMatrix, type RoutingMatrix } from "../src/get-matrix.js";
import { crossValidate } from "../src/test-support/cross-validate.js";
import { andorraTable } from "../src/test-support/osrm-fixtures.js";
import { startProtocolServer } from "../src/test-support/osrm-protocol-server.js";
import { randomPoints } from "../src/test-support/random-points.js";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "100,250,500,1000" },
    "latency-ms": { type: "string", default: "0" },
    concurrency: { type: "string", default: "4" },
    "max-table-size": { type: "string", default: "100" },
    box: { type: "string", default: "1.43,42.44,1.72,42.64" },
  },
});
const sizes = values.sizes.split(",").map(Number);
const latency = Number(values["latency-ms"]);
const concurrency = Number(values.concurrency);
const maxTableSize = Number(values["max-table-size"]);
const [west, south, east, north] = values.box.split(",").map(Number) as [number, number, number, number];
const realUrl = process.env.OSRM_URL?.trim();

const server = realUrl ? undefined : await startProtocolServer({ maxTableSize, delayMs: latency });
const url = realUrl ?? server!.url;
let requests = 0;
const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);

console.log(
  realUrl
    ? `real OSRM at ${realUrl}, --max-table-size ${maxTableSize} assumed, places in ${values.box}, concurrency ${concurrency}; Node ${process.version}\n`
    : `OSRM protocol test server, --max-table-size ${maxTableSize}, ${latency} ms per request, concurrency ${concurrency}; Node ${process.version}\n`,
);
console.log("| places | run | time (ms) | OSRM requests | cells fetched | cells from cache | heap after (MB) |");
console.log("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");

let largest: { coordinates: LonLat[]; matrix: RoutingMatrix } | undefined;
for (const size of sizes) {
  const coordinates = realUrl ? randomPoints(size, size, { west, south, east, north }) : randomPoints(size, size);
  const cache = new InMemoryMatrixCache();
  const runs: [string, LonLat[], InMemoryMatrixCache | undefined][] = [
    ["no cache", coordinates, undefined],
    ["cold cache", coordinates, cache],
    ["warm cache", coordinates, cache],
    ["warm, one stop moved", coordinates.map((c, i): LonLat => (i === 0 ? [c[0] + 0.003, c[1]] : c)), cache],
  ];
  for (const [name, points, withCache] of runs) {
    const before = requests;
    const started = performance.now();
    const matrix = await getMatrix({
      points: points.map((coordinate, i) => ({ id: String(i), name: `#${i}`, coordinate })),
      osrm: { url, maxTableSize, concurrency, onRequest: () => void requests++ },
      ...(withCache ? { cache: withCache } : {}),
      // Random places can fall far from a road in a real extract: this measures matrices, not pins.
      maxSnapMeters: realUrl ? 50_000 : 100,
    });
    const elapsed = performance.now() - started;
    if (name === "no cache") largest = { coordinates: points, matrix };
    console.log(
      `| ${size} | ${name} | ${elapsed.toFixed(0)} | ${requests - before} | ${matrix.stats.fetchedPairs} | ${matrix.stats.cachedPairs} | ${mb(process.memoryUsage().heapUsed)} |`,
    );
  }
}
console.log(`\nrss at the end: ${mb(process.memoryUsage().rss)} MB`);
await server?.close();

const pct = (value: number): string => `${(value * 100).toFixed(1)} %`;
const ratio = (s: Spread): string => [s.min, s.p5, s.p25, s.median, s.p75, s.p95, s.max].map((v) => `${v.toFixed(2)}×`).join(" | ");

function reportEstimate(title: string, observed: ObservedMatrix): void {
  const report = crossValidate(observed);
  console.log(`\n${title}\n`);
  console.log("| factors | median abs. duration error | median rel. duration error | median rel. distance error |");
  console.log("| --- | ---: | ---: | ---: |");
  console.log(`| defaults | ${report.defaults.medianAbsoluteDurationError.toFixed(0)} s | ${pct(report.defaults.medianRelativeDurationError)} | ${pct(report.defaults.medianRelativeDistanceError)} |`);
  console.log(`| fitted, held-out pairs (5-fold by place) | ${report.heldOut.medianAbsoluteDurationError.toFixed(0)} s | ${pct(report.heldOut.medianRelativeDurationError)} | ${pct(report.heldOut.medianRelativeDistanceError)} |`);
  console.log(`| fitted on all pairs, same pairs | ${report.fittedInSample.medianAbsoluteDurationError.toFixed(0)} s | ${pct(report.fittedInSample.medianRelativeDurationError)} | ${pct(report.fittedInSample.medianRelativeDistanceError)} |`);
  console.log("\nEstimated ÷ OSRM duration, pair by pair (the spread a single leg can have):\n");
  console.log("| factors | min | 5 % | 25 % | median | 75 % | 95 % | max |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  console.log(`| defaults | ${ratio(report.defaults.durationRatio)} |`);
  console.log(`| fitted, held-out pairs | ${ratio(report.heldOut.durationRatio)} |`);
  console.log(`| fitted on all pairs, same pairs | ${ratio(report.fittedInSample.durationRatio)} |`);
  console.log(`\nfitted bands: ${report.fitted.bands.map((b) => `≥${b.fromMeters / 1000} km: ×${b.circuity}, ${b.speedKmh} km/h (${b.samples} pairs)`).join("; ")}`);
}

const andorra = andorraTable();
reportEstimate("Estimate against the recorded OSRM matrix of 25 Andorran villages (600 pairs)", {
  coordinates: andorra.coordinates,
  durations: andorra.response.durations ?? [],
  distances: andorra.response.distances ?? [],
});
if (realUrl && largest) {
  const { coordinates, matrix } = largest;
  reportEstimate(`Estimate against this OSRM's ${coordinates.length}-place matrix`, { coordinates, durations: matrix.durations, distances: matrix.distances });
}
