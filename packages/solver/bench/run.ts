/**
 * Benchmark runner: solves every instance of a set, checks each solution with the shared
 * independent checker, and writes a markdown table to bench/results-<set>[-<label>].md.
 *
 *   npm run bench -w packages/solver -- --set solomon|x|lilim [--time-limit S] [--only C1,R101]
 *     [--seed N] [--iterations N] [--label NAME] [--tuning '{"splitRate":0}'] [--clock cpu|wall]
 *
 * The time limit counts CPU seconds of this process by default: the benchmark machines are
 * shared, and CPU time keeps the comparison with reference figures measured on an idle machine
 * fair. `--clock wall` counts wall-clock seconds instead.
 * Instances are read from $TOURNEE_BENCH_DIR (default ../shared/bench from the repository root).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parseInstance } from "../src/formats/index.js";
import { solveSync } from "../src/solve.js";
import type { SearchParams } from "../src/search.js";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../../..");
const benchDir = process.env.TOURNEE_BENCH_DIR ?? resolve(repo, "../shared/bench");
const checker = process.env.TOURNEE_CHECKER ?? resolve(benchDir, "../tools/check-solution.mjs");

const { values } = parseArgs({
  options: {
    set: { type: "string", default: "solomon" },
    "time-limit": { type: "string" },
    iterations: { type: "string" },
    seed: { type: "string", default: "1" },
    only: { type: "string" },
    label: { type: "string" },
    tuning: { type: "string" },
    clock: { type: "string", default: "cpu" },
  },
});
const set = values.set!;
if (!["solomon", "x", "lilim"].includes(set)) throw new Error(`--set must be solomon, x or lilim (got ${set})`);
const bks = JSON.parse(readFileSync(join(benchDir, "bks.json"), "utf8")) as Record<string, { set: string; file: string; distance: number; vehicles: number }>;
const only = values.only?.split(",").map((s) => s.trim().toLowerCase());
const names = Object.keys(bks)
  .filter((k) => bks[k]!.set === set)
  .filter((k) => !only || only.some((o) => k.toLowerCase().startsWith(o)))
  .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
const clock = values.clock === "wall" ? "wall" : "cpu";
// Benchmarks use the whole budget (no early stop when the search stalls), as the reference figures do.
const tuning: Partial<SearchParams> = { clock, stopOnIdle: false, ...(values.tuning ? (JSON.parse(values.tuning) as Partial<SearchParams>) : {}) };

function timeLimitFor(name: string): number {
  if (values["time-limit"]) return Number(values["time-limit"]);
  if (set === "x") return Number(name.match(/^X-n(\d+)/)![1]) - 1 <= 400 ? 30 : 60;
  return 10;
}

function classOf(name: string): string {
  if (set === "x") return Number(name.match(/^X-n(\d+)/)![1]) - 1 <= 400 ? "n ≤ 400" : "n > 400";
  return name.replace(/\d{2}$/, "").toUpperCase();
}

function vroomFigures(): Map<string, number> {
  const file = join(benchDir, "vroom-1.14", `${set}.csv`);
  const out = new Map<string, number>();
  if (!existsSync(file)) return out;
  const [head, ...rows] = readFileSync(file, "utf8").trim().split("\n");
  const cols = head!.split(",");
  const ci = cols.indexOf("vroom_x5_cost");
  for (const row of rows) {
    const f = row.split(",");
    out.set(f[0]!, Number(f[ci]));
  }
  return out;
}

interface Row {
  name: string;
  cost: number;
  vehicles: number;
  bks: number;
  bksVehicles: number;
  gap: number;
  seconds: number;
  cpuSeconds: number;
  feasible: boolean;
  unassigned: number;
  vroom?: number;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
const fmt = (x: number, d = 2) => x.toFixed(d);
const vgap = (r: Row) => ((r.vroom! - r.bks) / r.bks) * 100;
// The code under test is the one loaded now: record its commit once, at start.
const commit = (() => {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repo, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
})();

function writeTable(partial: boolean): void {
  const withVroom = rows.some((r) => r.vroom !== undefined);
  const lines: string[] = [];
  lines.push(`# ${set} benchmark${values.label ? ` (${values.label})` : ""}${partial ? ` — partial, ${rows.length} of ${names.length} instances so far` : ""}`, "");
  lines.push(
    `Repository commit ${commit}, ${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}, one thread, seed ${values.seed}, ` +
      (values.iterations
        ? `${values.iterations} iterations per instance`
        : `time limit per instance ${values["time-limit"] ? `${values["time-limit"]} s` : set === "x" ? "30 s for n ≤ 400, 60 s above" : "10 s"} of ${clock === "cpu" ? "CPU time" : "wall-clock time"}`) +
      (values.tuning ? `, tuning ${values.tuning}` : "") +
      `. Costs recomputed and feasibility checked by the shared independent checker.`,
    "",
  );
  lines.push("| class | instances | average gap % | average vehicles | average CPU seconds | average wall seconds |" + (withVroom ? " VROOM -x 5 gap % |" : ""));
  lines.push("| --- | --- | --- | --- | --- | --- |" + (withVroom ? " --- |" : ""));
  const classes = [...new Set(rows.map((r) => classOf(r.name)))];
  for (const c of [...classes, "all"]) {
    const rs = c === "all" ? rows : rows.filter((r) => classOf(r.name) === c);
    lines.push(
      `| ${c} | ${rs.length} | ${fmt(mean(rs.map((r) => r.gap)))} | ${fmt(mean(rs.map((r) => r.vehicles)), 1)} | ${fmt(mean(rs.map((r) => r.cpuSeconds)), 1)} | ${fmt(mean(rs.map((r) => r.seconds)), 1)} |` +
        (withVroom ? ` ${fmt(mean(rs.filter((r) => r.vroom !== undefined).map(vgap)))} |` : ""),
    );
  }
  const infeasible = rows.filter((r) => !r.feasible || r.unassigned > 0).length;
  lines.push("", `Infeasible or incomplete solutions: ${infeasible} of ${rows.length}.`, "");
  lines.push("| instance | cost | vehicles | BKS | BKS vehicles | gap % | CPU seconds | wall seconds | feasible |" + (withVroom ? " VROOM -x 5 | VROOM gap % |" : ""));
  lines.push("| --- | --- | --- | --- | --- | --- | --- | --- | --- |" + (withVroom ? " --- | --- |" : ""));
  for (const r of rows)
    lines.push(
      `| ${r.name} | ${r.cost} | ${r.vehicles} | ${r.bks} | ${r.bksVehicles} | ${fmt(r.gap)} | ${fmt(r.cpuSeconds, 1)} | ${fmt(r.seconds, 1)} | ${r.feasible && r.unassigned === 0 ? "yes" : "NO"} |` +
        (withVroom ? ` ${r.vroom ?? ""} | ${r.vroom !== undefined ? fmt(vgap(r)) : ""} |` : ""),
    );
  const out = join(here, `results-${set}${values.label ? `-${values.label}` : ""}.md`);
  writeFileSync(out, lines.join("\n") + "\n");
}

const vroom = vroomFigures();
const tmp = mkdtempSync(join(tmpdir(), "tournee-bench-"));
const rows: Row[] = [];
for (const name of names) {
  const entry = bks[name]!;
  const file = join(benchDir, entry.file);
  const instance = parseInstance(readFileSync(file, "utf8"), file);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const solution = solveSync(
    instance.problem,
    { timeLimit: values.iterations ? undefined : timeLimitFor(name), iterationLimit: values.iterations ? Number(values.iterations) : undefined, seed: Number(values.seed) },
    tuning,
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpuUsed = process.cpuUsage(cpu0);
  const cpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;
  const routes = solution.routes.map((r) => r.steps.filter((s) => s.id !== undefined && s.type !== "break").map((s) => s.id!));
  const solFile = join(tmp, `${name}.json`);
  writeFileSync(solFile, JSON.stringify({ instance: instance.name, routes, cost: instance.cost(routes), vehicles: routes.length }));
  let check: { cost: number; vehicles: number; feasible: boolean; errors: string[] };
  try {
    check = JSON.parse(execFileSync(process.execPath, [checker, file, solFile], { encoding: "utf8" })) as typeof check;
  } catch (e) {
    check = JSON.parse((e as { stdout: string }).stdout) as typeof check;
  }
  const row: Row = {
    name,
    cost: check.cost,
    vehicles: check.vehicles,
    bks: entry.distance,
    bksVehicles: entry.vehicles,
    gap: ((check.cost - entry.distance) / entry.distance) * 100,
    seconds,
    cpuSeconds,
    feasible: check.feasible,
    unassigned: solution.unassigned.length,
    vroom: vroom.get(name),
  };
  rows.push(row);
  writeTable(rows.length < names.length);
  console.log(`${name}\t${row.cost}\t${row.vehicles}\t${row.bks}\t${row.gap.toFixed(2)}%\t${seconds.toFixed(1)}s (cpu ${cpuSeconds.toFixed(1)}s)\t${row.feasible ? "feasible" : "INFEASIBLE " + check.errors.join("; ")}`);
}

console.log(`\naverage gap ${fmt(mean(rows.map((r) => r.gap)))} % over ${rows.length} instances; ${rows.filter((r) => !r.feasible || r.unassigned > 0).length} infeasible (or incomplete); written to ${join(here, `results-${set}${values.label ? `-${values.label}` : ""}.md`)}`);
