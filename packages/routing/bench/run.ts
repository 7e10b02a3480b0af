/**
 * Benchmark (not a test): time and OSRM requests to assemble 100, 250 and
 * 500-point matrices through `getMatrix` against the protocol test server
 * enforcing `--max-table-size 100`, without a cache, with a cold cache, a warm
 * cache, and a warm cache after one stop moved; then the estimator's error on
 * the recorded Andorra matrix. Run: `nice npm run bench -w packages/routing`.
 * Options: `--sizes 100,250,500`, `--latency-ms 0` (server time per request),
 * `--concurrency 4`.
 */
import { parseArgs } from "node:util";
import { InMemoryMatrixCache } from "../src/cache/in-memory-matrix-cache.js";
import type { LonLat } from "../src/coordinate.js";
import { getMatrix } from "../src/get-matrix.js";
import { crossValidate } from "../src/test-support/cross-validate.js";
import { andorraTable } from "../src/test-support/osrm-fixtures.js";
import { startProtocolServer } from "../src/test-support/osrm-protocol-server.js";
import { randomPoints } from "../src/test-support/random-points.js";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "100,250,500" },
    "latency-ms": { type: "string", default: "0" },
    concurrency: { type: "string", default: "4" },
  },
});
const sizes = values.sizes.split(",").map(Number);
const latency = Number(values["latency-ms"]);
const concurrency = Number(values.concurrency);

const server = await startProtocolServer({ maxTableSize: 100, delayMs: latency });
const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);

console.log(`OSRM protocol test server, --max-table-size 100, ${latency} ms per request, concurrency ${concurrency}; Node ${process.version}\n`);
console.log("| points | run | time (ms) | OSRM requests | cells fetched | cells from cache | heap after (MB) |");
console.log("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");

for (const size of sizes) {
  const coordinates = randomPoints(size, size);
  const cache = new InMemoryMatrixCache();
  const runs: [string, LonLat[], InMemoryMatrixCache | undefined][] = [
    ["no cache", coordinates, undefined],
    ["cold cache", coordinates, cache],
    ["warm cache", coordinates, cache],
    ["warm, one stop moved", coordinates.map((c, i): LonLat => (i === 0 ? [c[0] + 0.003, c[1]] : c)), cache],
  ];
  for (const [name, points, withCache] of runs) {
    const before = server.requests.length;
    const started = performance.now();
    const matrix = await getMatrix({
      points: points.map((coordinate, i) => ({ id: String(i), name: `#${i}`, coordinate })),
      osrm: { url: server.url, maxTableSize: 100, concurrency },
      ...(withCache ? { cache: withCache } : {}),
      maxSnapMeters: 100,
    });
    const elapsed = performance.now() - started;
    const heap = process.memoryUsage().heapUsed;
    console.log(
      `| ${size} | ${name} | ${elapsed.toFixed(0)} | ${server.requests.length - before} | ${matrix.stats.fetchedPairs} | ${matrix.stats.cachedPairs} | ${mb(heap)} |`,
    );
  }
}
console.log(`\nrss at the end: ${mb(process.memoryUsage().rss)} MB`);
await server.close();

const andorra = andorraTable();
const report = crossValidate({ coordinates: andorra.coordinates, durations: andorra.response.durations ?? [], distances: andorra.response.distances ?? [] });
const pct = (value: number): string => `${(value * 100).toFixed(1)} %`;
console.log("\nEstimator against the recorded OSRM matrix of 25 Andorran villages (600 pairs)\n");
console.log("| factors | median abs. duration error | median rel. duration error | median rel. distance error |");
console.log("| --- | ---: | ---: | ---: |");
console.log(`| defaults | ${report.defaults.medianAbsoluteDurationError.toFixed(0)} s | ${pct(report.defaults.medianRelativeDurationError)} | ${pct(report.defaults.medianRelativeDistanceError)} |`);
console.log(`| fitted, held-out pairs (5-fold by village) | ${report.heldOut.medianAbsoluteDurationError.toFixed(0)} s | ${pct(report.heldOut.medianRelativeDurationError)} | ${pct(report.heldOut.medianRelativeDistanceError)} |`);
console.log(`| fitted on all pairs, same pairs | ${report.fittedInSample.medianAbsoluteDurationError.toFixed(0)} s | ${pct(report.fittedInSample.medianRelativeDurationError)} | ${pct(report.fittedInSample.medianRelativeDistanceError)} |`);
console.log(`\nfitted bands: ${report.fitted.bands.map((b) => `≥${b.fromMeters / 1000} km: ×${b.circuity}, ${b.speedKmh} km/h (${b.samples} pairs)`).join("; ")}`);
