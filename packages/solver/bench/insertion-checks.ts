/**
 * What the O(1) insertion checks buy: the same search (3,000 iterations, seed 1) with the
 * O(1) checks, then forced onto the exact O(n) route simulation by giving every vehicle a
 * zero-length break that is always open (routes with breaks use the exact check).
 *
 *   npx tsx bench/insertion-checks.ts [R101 R201 …]
 */
import { readFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseInstance } from "../src/formats/index.js";
import { solveSync } from "../src/solve.js";
import type { Problem } from "../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const benchDir = process.env.TOURNEE_BENCH_DIR ?? resolve(here, "../../..", "../shared/bench");
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const timed = (p: Problem) => {
  const c0 = cpu();
  solveSync(p, { iterationLimit: 3000, seed: 1 });
  return cpu() - c0;
};
console.log("| instance | O(1) checks, CPU s | exact O(n) checks, CPU s | ratio |\n| --- | --- | --- | --- |");
for (const name of process.argv.slice(2).length ? process.argv.slice(2) : ["R101", "R201", "C201"]) {
  const file = join(benchDir, "solomon", `${name}.txt`);
  const { problem } = parseInstance(readFileSync(file, "utf8"), file);
  const fast = timed(problem);
  const exact = timed({ ...problem, vehicles: problem.vehicles.map((v) => ({ ...v, breaks: [{ id: `break-${v.id}`, timeWindows: [[0, 1e9]], duration: 0 }] })) });
  console.log(`| ${name} | ${fast.toFixed(2)} | ${exact.toFixed(2)} | ${(exact / fast).toFixed(1)} |`);
}
