/**
 * Simulated-annealing schedule that does not depend on the budget: cycles of geometric cooling,
 * each `growth` times longer than the one before and restarting from the best plan. The first
 * cools from `start` to `end`; the next ones reheat only to the geometric middle of the two
 * (so when a cycle ends, it has spent as many iterations cooling from the middle to `end` as a
 * single cooling over the whole run so far would have spent on that half). The temperature at an iteration is the same whatever the time or iteration limit,
 * so a long run stopped early has followed exactly the path of a short run: a plan is as good at
 * any moment as it would have been with that budget. (Cooling over the whole budget, as SISR
 * does, leaves a 60 s run stopped at 10 s still hot, far worse than a 10 s run.)
 *
 * @example
 *   const s = new CoolingCycles(100, 1, 1000); // cycles of 1000, 2000, 4000… iterations
 *   s.temperature(0) // 100;  s.temperature(999) // ≈ 1;  s.temperature(1000) // 10, cooling to 1 over 2000
 */
export class CoolingCycles {
  private cycleStart = 0;
  private length: number;
  /** Completed cycles. */
  completed = 0;

  constructor(
    private readonly start: number,
    private readonly end: number,
    firstLength: number,
    private readonly growth = 2,
  ) {
    this.length = Math.max(1, Math.round(firstLength));
  }

  /** Moves to iteration it; returns true when it begins a new cycle (the caller restarts from the best plan). */
  advance(it: number): boolean {
    if (it - this.cycleStart < this.length) return false;
    this.cycleStart = it;
    this.length = Math.round(this.length * this.growth);
    this.completed++;
    return true;
  }

  temperature(it: number): number {
    const frac = Math.min(1, (it - this.cycleStart) / this.length);
    const from = this.completed === 0 ? this.start : Math.sqrt(this.start * this.end);
    return from * Math.pow(this.end / from, frac);
  }
}

/** First cycle length in iterations: long enough for a small problem to cool properly. */
export function firstCycleLength(requests: number): number {
  return Math.max(2000, 30 * requests);
}
