/** Delay before the next try after `failures` failed pushes in a row: exponential, capped, full jitter. */
export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
  random?: () => number;
}

export function backoffDelay(failures: number, { baseMs = 2_000, maxMs = 300_000, random = Math.random }: BackoffOptions = {}): number {
  if (failures <= 0) return 0;
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(failures - 1, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
