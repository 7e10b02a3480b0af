/**
 * Periodic-planning benchmark: five weeks of the demo territory (20 halts with a timetable, 15
 * home drops weekly, fortnightly or monthly, a truck, a van and a volunteer's car on Tuesdays and
 * Thursdays). Reports the time taken, what was served, timetable moves and driver continuity.
 * Writes bench/results-periodic.md.
 *
 *   npm run bench:periodic -w packages/solver -- [--weeks 5] [--iterations 3000]
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { planHorizon } from "../src/periodic/plan-horizon.js";
import type { HomeDrop, HorizonProblem } from "../src/periodic/types.js";
import { near, random, roadMatrices, VILLAGES, WAREHOUSE, type Point } from "./territories.js";

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({ options: { weeks: { type: "string", default: "5" }, iterations: { type: "string", default: "3000" } } });
const weeks = Number(values.weeks);
const HOUR = 3600;

function demoHorizon(): HorizonProblem {
  const rng = random(11);
  const points: Point[] = [WAREHOUSE, ...VILLAGES.map((v) => v.at), [45.9558, 2.1683], [45.9601, 2.1745]];
  const halts: HorizonProblem["halts"] = points.slice(1).map((_, i) => {
    const tuesday = i % 2 === 0;
    const slot = 9 * HOUR + Math.floor(i / 2) * 0.75 * HOUR;
    return {
      id: i < VILLAGES.length ? `halt ${VILLAGES[i]!.name}` : `halt Aubusson ${i - VILLAGES.length + 1}`,
      location: i + 1, service: 30 * 60, delivery: [8 + (i % 5), 2], weekdays: i >= VILLAGES.length ? [2, 4] : [tuesday ? 2 : 4],
      tolerance: 15 * 60,
      // Half the halts have a published timetable; the others get the time of their first week.
      ...(i % 4 < 2 ? { timetable: (i >= VILLAGES.length ? [2, 4] : [tuesday ? 2 : 4]).map((weekday) => ({ weekday, time: Math.min(slot, 16 * HOUR) })) } : {}),
    };
  });
  const frequencies: HomeDrop["frequency"][] = ["weekly", "weekly", "fortnightly", "monthly", "fortnightly"];
  const homeDrops: HomeDrop[] = Array.from({ length: 15 }, (_, i) => {
    points.push(near(VILLAGES[(i * 7) % VILLAGES.length]!.at, 1_500, rng));
    return { id: `home ${i + 1}`, household: `household ${i + 1}`, location: points.length - 1, service: 10 * 60, delivery: [2, 1], frequency: frequencies[i % 5]!, preferredDays: i % 3 === 0 ? [] : [i % 3 === 1 ? 2 : 4] };
  });
  const vehicle = (id: string, driver: string, capacity: number[]) => ({
    id, driver, start: 0, end: 0, capacity, timeWindow: [8 * HOUR, 17.5 * HOUR] as [number, number],
    breaks: [{ id: `lunch-${id}`, timeWindows: [[11.5 * HOUR, 14 * HOUR]] as [number, number][], duration: 30 * 60 }],
  });
  const days = Array.from({ length: weeks }, (_, week) =>
    [2, 4].map((weekday) => ({ date: `week ${week + 1} ${weekday === 2 ? "Tuesday" : "Thursday"}`, weekday, week, vehicles: [vehicle("truck", "Anne", [120, 30]), vehicle("van", "Bruno", [60, 20]), vehicle("car", "Chantal", [15, 4])] })),
  ).flat();
  return { version: 1, matrices: { car: roadMatrices(points) }, days, halts, homeDrops, sameDriver: { weight: 1800 } };
}

const h = demoHorizon();
const cpu0 = process.cpuUsage();
const w0 = performance.now();
const plan = planHorizon(h, { iterationsPerDay: Number(values.iterations) });
const wall = (performance.now() - w0) / 1000;
const used = process.cpuUsage(cpu0);
const moved = plan.moves.map((m) => Math.abs(m.planned - m.timetable));
const lines = [
  `# Periodic planning: ${weeks} weeks of the demo territory`,
  "",
  `${h.halts!.length} halts (half with a published timetable, tolerance 15 min), ${h.homeDrops!.length} home drops (weekly, fortnightly, monthly), a truck, a van and a car on Tuesdays and Thursdays: ${h.days.length} days. One thread, ${values.iterations} iterations per day at most (early stop when the search stalls), seed 1.`,
  "",
  "| measure | value |",
  "| --- | --- |",
  `| time | ${(used.user / 1e6 + used.system / 1e6).toFixed(1)} s CPU, ${wall.toFixed(1)} s wall |`,
  `| passages planned | ${plan.summary.served} of ${plan.summary.visits} |`,
  `| left out | ${plan.unassigned.length}${plan.unassigned.length ? `: ${plan.unassigned.map((u) => `${String(u.id)} (${u.date}: ${u.reason})`).join("; ")}` : ""} |`,
  `| distance | ${(plan.summary.distance / 1000).toFixed(0)} km (${(plan.summary.distance / 1000 / weeks).toFixed(0)} km a week) |`,
  `| timetable | ${plan.timetable.filter((t) => t.published).length} published slots kept, ${plan.timetable.filter((t) => !t.published).length} set by their first week |`,
  `| passages off their timetable (within 15 min) | ${plan.moves.length}${moved.length ? `, largest ${Math.round(Math.max(...moved) / 60)} min, median ${Math.round(moved.sort((a, b) => a - b)[Math.floor(moved.length / 2)]! / 60)} min` : ""} |`,
  `| home drops by their usual driver | ${(plan.summary.sameDriverShare * 100).toFixed(0)} % |`,
  "",
];
writeFileSync(join(here, "results-periodic.md"), lines.join("\n"));
console.log(lines.join("\n"));
