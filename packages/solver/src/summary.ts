import type { Route, Solution, Unassigned } from "./types.js";

/** Assembles a solution document and its totals from routes and unassigned work. */
export function assembleSolution(routes: Route[], unassigned: Unassigned[], priorityServed: number, iterations: number, runtimeMs: number): Solution {
  const sum = (f: (r: Route) => number) => routes.reduce((a, r) => a + f(r), 0);
  const cost = sum((r) => r.cost);
  return {
    version: 1,
    cost,
    routes,
    unassigned,
    summary: {
      cost,
      routes: routes.filter((r) => r.steps.some((s) => s.type !== "start" && s.type !== "end")).length,
      unassigned: unassigned.length,
      distance: sum((r) => r.distance),
      travelTime: sum((r) => r.travelTime),
      lateness: sum((r) => r.lateness),
      priorityServed,
      violations: sum((r) => r.violations.length),
      iterations,
      runtimeMs: Math.round(runtimeMs),
      workingTime: {
        total: sum((r) => r.duration),
        longest: routes.length ? Math.max(...routes.map((r) => r.duration)) : 0,
        shortest: routes.length ? Math.min(...routes.map((r) => r.duration)) : 0,
      },
    },
  };
}
