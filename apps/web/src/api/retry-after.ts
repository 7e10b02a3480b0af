/**
 * Reads an HTTP `Retry-After` header (RFC 9110 §10.2.3): either a number of seconds
 * or an HTTP date. Returns when the request may be retried, or undefined if the value is unusable.
 *
 * @example parseRetryAfter("120", new Date("2026-03-10T09:00:00Z")) // 2026-03-10T09:02:00Z
 */
export function parseRetryAfter(value: string | null | undefined, now: Date = new Date()): Date | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return new Date(now.getTime() + Number(trimmed) * 1000);
  if (!/^[A-Za-z]{3}, /.test(trimmed)) return undefined; // IMF-fixdate: "Tue, 10 Mar 2026 09:30:00 GMT"
  const date = new Date(trimmed);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
