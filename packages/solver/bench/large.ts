/**
 * Large-instance run: time to the first feasible plan, best cost over time, and peak memory,
 * on X-n1001-k43 (1,000 customers) by default. Writes bench/results-large.md.
 *
 *   npm run bench:large -w packages/solver -- [--instance x/X-n1001-k43.vrp] [--time-limit 60] [--clock cpu|wall]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parseInstance } from "../src/formats/index.js";
import { solveSync } from "../src/solve.js";

const here = dirname(fileURLToPath(import.meta.url));
const benchDir = process.env.TOURNEE_BENCH_DIR ?? resolve(here, "../../..", "../shared/bench");
const { values } = parseArgs({
  options: { instance: { type: "string", default: "x/X-n1001-k43.vrp" }, "time-limit": { type: "string", default: "60" }, clock: { type: "string", default: "cpu" } },
});
const clock = values.clock === "wall" ? "wall" : "cpu";
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const file = join(benchDir, values.instance!);
const t0 = performance.now();
const instance = parseInstance(readFileSync(file, "utf8"), file);
const timeline: { seconds: number; cpu: number; cost: number; iteration: number }[] = [];
const solution = solveSync(
  instance.problem,
  {
    timeLimit: Number(values["time-limit"]),
    onProgress: (p) => {
      if (p.unassigned === 0 && (timeline.length === 0 || p.bestCost < timeline.at(-1)!.cost))
        timeline.push({ seconds: (performance.now() - t0) / 1000, cpu: cpuSeconds(), cost: p.bestCost, iteration: p.iteration });
    },
  },
  { clock },
);
const routes = solution.routes.map((r) => r.steps.filter((s) => s.id !== undefined).map((s) => s.id!));
const peakMb = process.resourceUsage().maxRSS / 1024;
const marks = [1, 2, 5, 10, 20, 30, 45, 60, 90, 120];
const lines = [
  `# Large instance: ${instance.name}`,
  "",
  `One thread, time limit ${values["time-limit"]} s of ${clock === "cpu" ? "CPU" : "wall-clock"} time (parsing included in the times below). Final cost ${instance.cost(routes)} with ${routes.length} routes, ` +
    `${solution.unassigned.length} unassigned, ${solution.summary.iterations} iterations. Peak resident memory ${peakMb.toFixed(0)} MB.`,
  "",
  "| wall seconds | CPU seconds | best cost so far | iteration |",
  "| --- | --- | --- | --- |",
  ...marks
    .map((s) => [...timeline].reverse().find((x) => x.cpu <= s))
    .filter((x, i, all) => x !== undefined && all.indexOf(x) === i)
    .map((x) => `| ${x!.seconds.toFixed(1)} | ${x!.cpu.toFixed(1)} | ${x!.cost.toFixed(0)} | ${x!.iteration} |`),
  "",
];
writeFileSync(join(here, "results-large.md"), lines.join("\n"));
console.log(lines.join("\n"));
