/**
 * Planning-day benchmark: for the demo territory (a day over the Pays d'Aubusson's 18 villages
 * and 12 home drops) and a generated 3-van, 150-stop rural day, reports distance, the spread of
 * working time with and without balancing, and the time to re-plan after a breakdown at 11:00.
 * Writes bench/results-rural.md.
 *
 *   npm run bench:rural -w packages/solver -- [--time-limit 20] [--clock cpu|wall]
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { replan } from "../src/replan.js";
import { solveSync } from "../src/solve.js";
import type { Id, Problem, Solution } from "../src/types.js";
import { near, random, roadMatrices, ruralDay, VILLAGES, WAREHOUSE, type Point } from "./territories.js";

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({ options: { "time-limit": { type: "string", default: "20" }, clock: { type: "string", default: "cpu" } } });
const limit = Number(values["time-limit"]);
const clock = values.clock === "wall" ? "wall" : "cpu";
const HOUR = 3600;

/** The demo territory as one day: a halt per village (30 min, around its usual time), 12 home drops, a truck, a van and a car. */
function demoDay(): Problem {
  const rng = random(3);
  const points: Point[] = [WAREHOUSE, ...VILLAGES.map((v) => v.at)];
  const jobs: Problem["jobs"] = VILLAGES.map((v, i) => {
    const usual = 9 * HOUR + (i % 9) * 0.8 * HOUR;
    return { id: `halt ${v.name}`, location: i + 1, service: 30 * 60, delivery: [8 + (i % 5), 2], priority: 100, timeWindows: [[usual - HOUR, usual + HOUR]] };
  });
  for (let i = 0; i < 12; i++) {
    points.push(near(VILLAGES[(i * 5) % VILLAGES.length]!.at, 1_500, rng));
    jobs.push({ id: `home ${i + 1}`, location: points.length - 1, service: 10 * 60, delivery: [2, 1], priority: 50 });
  }
  const vehicle = (id: string, capacity: number[]) => ({ id, start: 0, end: 0, capacity, timeWindow: [8 * HOUR, 17.5 * HOUR] as [number, number], breaks: [{ id: `lunch-${id}`, timeWindows: [[11.5 * HOUR, 14 * HOUR]] as [number, number][], duration: 30 * 60 }] });
  return { version: 1, name: "demo territory", matrices: { car: roadMatrices(points) }, jobs, vehicles: [vehicle("truck", [120, 30]), vehicle("van", [60, 20]), vehicle("car", [15, 4])] };
}

const hm = (s: number) => {
  const minutes = Math.round(s / 60);
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")}`;
};
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

function measure(label: string, run: () => Solution): { row: string; solution: Solution } {
  const w0 = performance.now();
  const c0 = cpu();
  const solution = run();
  const days = solution.routes.map((r) => r.duration);
  const served = solution.routes.reduce((n, r) => n + r.steps.filter((s) => s.type === "job").length, 0);
  const row = `| ${label} | ${served} | ${solution.unassigned.length} | ${(solution.summary.distance / 1000).toFixed(1)} | ${solution.routes.length} | ${days.map(hm).join(", ")} | ${hm(Math.max(...days) - Math.min(...days))} | ${solution.summary.iterations} | ${(cpu() - c0).toFixed(1)} | ${((performance.now() - w0) / 1000).toFixed(1)} |`;
  console.log(row);
  return { row, solution };
}

/** The plan at 11:00: each van's done stops, where it is and when; van-2 broken down there. */
function breakdown(problem: Problem, s: Solution, broken: Id, at: number) {
  const positions = s.routes.map((r) => {
    const done = r.steps.filter((x) => x.type !== "start" && x.type !== "end" && x.departure <= at);
    const last = done.at(-1);
    return { vehicle: r.vehicle, location: last?.location ?? r.steps[0]!.location ?? 0, time: Math.max(at, last?.departure ?? 0), done: done.map((x) => x.id!).filter((x) => x !== undefined) };
  });
  const routes = s.routes.map((r) => ({ vehicle: r.vehicle, steps: r.steps.filter((x) => x.id !== undefined && x.type !== "break").map((x) => x.id!) }));
  const moved = (after: Solution) => {
    const before = new Map(routes.flatMap((r) => r.steps.map((id) => [String(id), String(r.vehicle)])));
    return after.routes.flatMap((r) => r.steps.filter((x) => x.type === "job" && before.get(String(x.id)) !== String(broken) && before.get(String(x.id)) !== String(r.vehicle))).length;
  };
  return { input: { routes, positions, unavailable: [broken] }, moved, remaining: positions.filter((p) => p.vehicle !== broken).length };
}

const lines = [
  "# Planning days: distance, balance, re-planning",
  "",
  `One thread, seed 1, time limit ${limit} s of ${clock === "cpu" ? "CPU" : "wall-clock"} time per plan (re-plans: 5 s), early stop when the search stalls. Road times estimated from straight-line distance (× 1.3, 55 km/h). Balancing: longest day, at most 10 % more distance. The wall-clock column was measured on a 2-core machine shared with other work (loaded): read the CPU column.`,
  "",
];
for (const problem of [demoDay(), ruralDay()]) {
  console.log(`\n${problem.name}`);
  lines.push(`## ${problem.name} (${problem.jobs!.length} stops, ${problem.vehicles.length} vehicles)`, "");
  lines.push("| plan | served | left out | km | vehicles | working days | spread | iterations | CPU s | wall s |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  const plain = measure("cheapest", () => solveSync(problem, { timeLimit: limit, seed: 1, clock }));
  lines.push(plain.row);
  lines.push(measure("balanced (longest day, ≤ 10 % km)", () => solveSync(problem, { timeLimit: limit, seed: 1, clock, balance: { objective: "longest-day", maxDistanceIncrease: 0.1 } })).row);
  lines.push(measure("balanced (spread, ≤ 10 % km)", () => solveSync(problem, { timeLimit: limit, seed: 1, clock, balance: { objective: "spread", maxDistanceIncrease: 0.1 } })).row);
  const broken = plain.solution.routes[1]?.vehicle ?? plain.solution.routes[0]!.vehicle;
  const b = breakdown(problem, plain.solution, broken, 11 * HOUR);
  const after = measure(`re-plan after ${String(broken)} breaks down at 11:00, 5 s`, () => replan(problem, b.input, { timeLimit: 5, seed: 1, clock }));
  const longer = measure(`the same re-plan given ${limit} s`, () => replan(problem, b.input, { timeLimit: limit, seed: 1, clock }));
  lines.push(after.row, longer.row, "", `Re-plan (rest of the day, from where each van is at 11:00): ${b.moved(after.solution)} stop(s) of the other vans changed van in 5 s (${b.moved(longer.solution)} given ${limit} s).`, "");
}
lines.push(...multiTrip());
writeFileSync(join(here, "results-rural.md"), lines.join("\n") + "\n");

/**
 * A volunteer's car with the demo territory's 12 home drops: one trip, coming back to reload
 * (15 min, at most 3 trips), or a second car. Reloading is worth it when it serves the day that a
 * second car would otherwise be needed for.
 */
function multiTrip(): string[] {
  const demo = demoDay();
  const homes = demo.jobs!.filter((j) => String(j.id).startsWith("home"));
  const car = demo.vehicles.find((v) => v.id === "car")!;
  const second = { ...car, id: "car-2", breaks: car.breaks!.map((b) => ({ ...b, id: "lunch-car-2" })) };
  const variants: [string, Problem][] = [
    ["one car, one trip", { ...demo, jobs: homes, vehicles: [car] }],
    ["one car that reloads (15 min, ≤ 3 trips)", { ...demo, jobs: homes, vehicles: [{ ...car, reload: { duration: 15 * 60, maxTrips: 3 } }] }],
    ["two cars, one trip each", { ...demo, jobs: homes, vehicles: [car, second] }],
  ];
  const out = ["## Multi-trip: a volunteer's car and the 12 home drops", "", "| plan | served | left out | km | vehicles | trips | working days | CPU s |", "| --- | --- | --- | --- | --- | --- | --- | --- |"];
  console.log("\nmulti-trip");
  for (const [label, problem] of variants) {
    const c0 = cpu();
    const s = solveSync(problem, { timeLimit: Math.min(limit, 5), seed: 1, clock });
    const served = s.routes.reduce((n, r) => n + r.steps.filter((x) => x.type === "job").length, 0);
    const row = `| ${label} | ${served} | ${s.unassigned.length} | ${(s.summary.distance / 1000).toFixed(1)} | ${s.routes.length} | ${s.routes.map((r) => r.trips).join(", ")} | ${s.routes.map((r) => hm(r.duration)).join(", ")} | ${(cpu() - c0).toFixed(1)} |`;
    console.log(row);
    out.push(row);
  }
  return [...out, ""];
}
