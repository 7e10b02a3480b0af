import type { Id } from "../types.js";
import type { HomeDrop, HorizonProblem } from "./types.js";

/** A choice of days for a home drop: one weekday, every `period` weeks from week `phase`. */
export interface Pattern {
  weekday: number;
  phase: number;
  /** Indices in HorizonProblem.days of the passages. */
  days: number[];
}

const PERIOD = { weekly: 1, fortnightly: 2, monthly: 4 } as const;

/** Every pattern a home drop may follow in this horizon: preferred weekdays that have vehicles and someone at home (any such weekday if none), each phase that falls inside the horizon. */
export function candidatePatterns(h: HorizonProblem, drop: HomeDrop): Pattern[] {
  const athome = drop.availability ? new Set(drop.availability.filter((a) => a.timeWindows.length > 0).map((a) => a.weekday)) : undefined;
  const working = new Set(h.days.filter((d) => d.vehicles.length > 0 && (!athome || athome.has(d.weekday))).map((d) => d.weekday));
  const preferred = (drop.preferredDays ?? []).filter((w) => working.has(w));
  const weekdays = preferred.length ? preferred : [...working].sort((a, b) => a - b);
  const period = PERIOD[drop.frequency];
  const weeks = Math.max(0, ...h.days.map((d) => d.week)) + 1;
  const out: Pattern[] = [];
  for (const weekday of weekdays)
    for (let phase = 0; phase < Math.min(period, weeks); phase++) {
      const days = h.days.flatMap((d, i) => (d.weekday === weekday && d.week % period === phase && d.vehicles.length > 0 ? [i] : []));
      if (days.length) out.push({ weekday, phase, days });
    }
  return out;
}

/**
 * Chooses a pattern per home drop, greedily: drops with the fewest choices first, each taking the
 * pattern whose days already have stops (depots, halts, drops placed before) nearest to it, with a
 * small charge per stop already on a day so that busy days are spared. Routing comes after; the
 * choice is not revisited (a stated limit of the periodic model).
 */
export function choosePatterns(h: HorizonProblem): Map<Id, Pattern> {
  const durations = Object.values(h.matrices)[0]!.durations;
  const anchors: number[][] = h.days.map((d) => {
    const places = d.vehicles.flatMap((v) => [v.start, v.end].filter((x): x is number => x !== undefined));
    for (const halt of h.halts ?? []) if (halt.weekdays.includes(d.weekday)) places.push(halt.location);
    return places;
  });
  const count = anchors.map((a) => a.length);
  const detour = (day: number, at: number) => Math.min(...anchors[day]!.map((a) => durations[a]![at]! + durations[at]![a]!), 1e9);
  const drops = (h.homeDrops ?? []).map((drop) => ({ drop, options: candidatePatterns(h, drop) }));
  drops.sort((a, b) => a.options.length - b.options.length || detour(0, b.drop.location) - detour(0, a.drop.location));
  const chosen = new Map<Id, Pattern>();
  for (const { drop, options } of drops) {
    let best: Pattern | undefined;
    let bestCost = Infinity;
    for (const pattern of options) {
      const cost = pattern.days.reduce((sum, day) => sum + detour(day, drop.location) + 60 * count[day]!, 0) / pattern.days.length;
      if (cost < bestCost) {
        bestCost = cost;
        best = pattern;
      }
    }
    if (!best) continue;
    chosen.set(drop.id, best);
    for (const day of best.days) {
      anchors[day]!.push(drop.location);
      count[day]!++;
    }
  }
  return chosen;
}
