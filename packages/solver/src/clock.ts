/** Seconds of the day as H:MM when the value looks like one, else the raw number. */
export function clock(t: number): string {
  if (!Number.isFinite(t) || t < 0 || t > 7 * 86400) return String(t);
  const minutes = Math.floor(t / 60);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
}
