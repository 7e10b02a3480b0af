import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditSolution, gridMatrix } from "../test-support/problems.js";
import { planHorizon } from "./plan-horizon.js";
import type { HorizonProblem } from "./types.js";

/** Depot at 0; points around it; Tuesdays and Thursdays over `weeks` weeks, two vans with their drivers. */
function territory(points: [number, number][], weeks: number): HorizonProblem {
  const days = Array.from({ length: weeks }, (_, week) =>
    [2, 4].map((weekday) => ({
      date: `w${week}d${weekday}`,
      weekday,
      week,
      vehicles: [
        { id: "van-1", driver: "anne", start: 0, end: 0, capacity: [20], timeWindow: [28_800, 61_200] as [number, number] },
        { id: "van-2", driver: "bruno", start: 0, end: 0, capacity: [20], timeWindow: [28_800, 61_200] as [number, number] },
      ],
    })),
  ).flat();
  const places: [number, number][] = [[0, 0], ...points];
  return { version: 1, matrices: { car: { durations: gridMatrix(places.map(([x, y]) => [x * 60, y * 60])) } }, days };
}

describe("periodic planning over several weeks", () => {
  const h = territory([[10, 0], [20, 5], [-10, 10], [0, -20], [15, 15], [-15, -5], [5, 25], [-20, 20], [25, -10]], 4);
  h.halts = [
    { id: "halt-a", location: 1, service: 1800, delivery: [3], weekdays: [2], timetable: [{ weekday: 2, time: 36_000 }], tolerance: 600 },
    { id: "halt-b", location: 2, service: 1800, delivery: [3], weekdays: [2, 4], tolerance: 900 },
    { id: "halt-c", location: 3, service: 1800, delivery: [3], weekdays: [4], tolerance: 900 },
    { id: "halt-d", location: 4, service: 1800, delivery: [3], weekdays: [2], tolerance: 900 },
  ];
  h.homeDrops = [
    { id: "home-1", household: "h1", location: 5, service: 600, delivery: [1], frequency: "weekly", preferredDays: [4] },
    { id: "home-2", household: "h2", location: 6, service: 600, delivery: [1], frequency: "fortnightly", preferredDays: [2] },
    { id: "home-3", household: "h3", location: 7, service: 600, delivery: [1], frequency: "monthly" },
    { id: "home-4", household: "h4", location: 8, service: 600, delivery: [1], frequency: "fortnightly", timeWindows: [[50_000, 60_000]] },
  ];
  h.sameDriver = { weight: 100_000 };
  const plan = planHorizon(h, { iterationsPerDay: 400 });
  const visitsOf = (id: string) => plan.visits.filter((v) => v.id === id && v.vehicle !== undefined);

  it("plans every day feasibly and serves every passage", () => {
    expect(plan.days).toHaveLength(8);
    for (const d of plan.days) expect(auditSolution(d.problem, d.solution)).toEqual([]);
    expect(plan.unassigned).toEqual([]);
  });

  it("keeps each halt's timetable, published or set by its first week: never earlier, at most the tolerance later", () => {
    expect(plan.timetable).toContainEqual({ halt: "halt-a", weekday: 2, time: 36_000, published: true });
    for (const halt of h.halts!)
      for (const v of visitsOf(String(halt.id))) {
        const weekday = h.days.find((d) => d.date === v.date)!.weekday;
        const slot = plan.timetable.find((t) => t.halt === halt.id && t.weekday === weekday)!;
        expect(v.start! - slot.time).toBeGreaterThanOrEqual(0);
        expect(v.start! - slot.time).toBeLessThanOrEqual(halt.tolerance!);
      }
    for (const move of plan.moves) expect(move.planned).not.toBe(move.timetable);
  });

  it("serves home drops at their frequency, on one weekday, preferred where given", () => {
    const weeks = (id: string) => visitsOf(id).map((v) => h.days.find((d) => d.date === v.date)!);
    expect(weeks("home-1").map((d) => d.weekday)).toEqual([4, 4, 4, 4]);
    const fortnightly = weeks("home-2");
    expect(fortnightly.map((d) => d.weekday)).toEqual([2, 2]);
    expect(fortnightly[1]!.week - fortnightly[0]!.week).toBe(2);
    expect(weeks("home-3")).toHaveLength(1);
    expect(new Set(weeks("home-4").map((d) => d.weekday)).size).toBe(1);
    expect(plan.patterns.find((p) => p.homeDrop === "home-2")).toMatchObject({ weekday: 2 });
  });

  it("sends the same driver to a household when it costs little", () => {
    expect(plan.summary.sameDriverShare).toBe(1);
  });

  it("serves a halt only on its dates, a household at home on its available weekdays and in that day's windows, and once on a day it has a passage at its door", () => {
    const t = territory([[10, 0], [20, 5], [-10, 10], [0, -20]], 4);
    t.halts = [
      { id: "every-other", location: 1, service: 900, weekdays: [2], dates: ["w0d2", "w2d2"] },
      { id: "order-at-home", location: 3, service: 600, weekdays: [4], dates: ["w1d4"], household: "h1", timeWindows: [[36_000, 43_200]], priority: 50 },
    ];
    t.homeDrops = [
      { id: "home-1", household: "h1", location: 3, service: 600, frequency: "weekly", availability: [{ weekday: 4, timeWindows: [[50_000, 58_000]] }] },
      { id: "home-2", household: "h2", location: 4, service: 600, frequency: "weekly", preferredDays: [2], availability: [{ weekday: 4, timeWindows: [[30_000, 40_000]] }, { weekday: 2, timeWindows: [] }] },
    ];
    const p = planHorizon(t, { iterationsPerDay: 200 });
    const served = (id: string) => p.visits.filter((v) => v.id === id && v.vehicle !== undefined);
    expect(served("every-other").map((v) => v.date)).toEqual(["w0d2", "w2d2"]);
    expect(served("order-at-home").map((v) => v.date)).toEqual(["w1d4"]);
    expect(served("home-1").map((v) => v.date)).toEqual(["w0d4", "w2d4", "w3d4"]);
    for (const v of served("home-1")) expect(v.start! >= 50_000 && v.start! <= 58_000).toBe(true);
    // Preferred Tuesday has nobody at home: any day with someone at home instead.
    expect(served("home-2").map((v) => v.date)).toEqual(["w0d4", "w1d4", "w2d4", "w3d4"]);
    for (const v of served("home-2")) expect(v.start! >= 30_000 && v.start! <= 40_000).toBe(true);
    for (const d of p.days) expect(auditSolution(d.problem, d.solution)).toEqual([]);
  });

  it("holds on random territories: feasible days, tolerance kept, frequencies kept", () => {
    const point = fc.tuple(fc.integer({ min: -25, max: 25 }), fc.integer({ min: -25, max: 25 }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 9 }), fc.integer({ min: 1, max: 3 }), fc.array(fc.constantFrom("weekly" as const, "fortnightly" as const, "monthly" as const), { maxLength: 4 }), (points, weeks, frequencies) => {
        const t = territory(points, weeks);
        const halts = Math.max(1, points.length - frequencies.length);
        t.halts = points.slice(0, halts).map((_, i) => ({ id: `halt-${i}`, location: i + 1, service: 900, delivery: [2], weekdays: i % 2 ? [2, 4] : [2], tolerance: 600, ...(i % 3 === 2 ? { dates: t.days.filter((d) => d.week % 2 === 0).map((d) => d.date) } : {}) }));
        t.homeDrops = frequencies.map((frequency, i) => ({ id: `home-${i}`, household: `h${i}`, location: Math.min(points.length, halts + i + 1), service: 300, delivery: [1], frequency }));
        const p = planHorizon(t, { iterationsPerDay: 150 });
        for (const d of p.days) expect(auditSolution(d.problem, d.solution)).toEqual([]);
        for (const v of p.visits.filter((x) => x.kind === "halt" && x.start !== undefined)) {
          const weekday = t.days.find((d) => d.date === v.date)!.weekday;
          const slot = p.timetable.find((s) => String(s.halt) === String(v.id) && s.weekday === weekday)!;
          expect(v.start! - slot.time).toBeGreaterThanOrEqual(0);
          expect(v.start! - slot.time).toBeLessThanOrEqual(600);
        }
        for (const halt of t.halts.filter((x) => x.dates)) expect(p.visits.filter((v) => v.id === halt.id).every((v) => halt.dates!.includes(v.date))).toBe(true);
        for (const pattern of p.patterns) {
          const period = { weekly: 1, fortnightly: 2, monthly: 4 }[t.homeDrops.find((x) => x.id === pattern.homeDrop)!.frequency];
          for (let i = 1; i < pattern.weeks.length; i++) expect(pattern.weeks[i]! - pattern.weeks[i - 1]!).toBe(period);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
