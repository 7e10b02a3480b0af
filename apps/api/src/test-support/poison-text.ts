/** Copies of a JSON value with invalid Unicode put in one of its strings at a time. */

/** A lone high surrogate, and the two halves of a pair reversed: what jsonb refuses. */
export const INVALID_UNICODE = ["\ud800", "\udc00\ud800"] as const;

/** One copy per string in the value (keys included) and per kind of invalid Unicode, naming the field it poisoned. */
export function withEachTextPoisoned(value: unknown): { field: string; value: unknown }[] {
  const copies: { field: string; value: unknown }[] = [];
  const walk = (v: unknown, path: string[], replace: (next: unknown) => unknown): void => {
    if (typeof v === "string") {
      for (const poison of INVALID_UNICODE) copies.push({ field: path.join(".") || "(body)", value: replace(v + poison) });
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, [...path, String(i)], (next) => replace(v.map((x, j) => (j === i ? next : x)))));
      return;
    }
    if (typeof v === "object" && v !== null) {
      for (const [key, item] of Object.entries(v)) walk(item, [...path, key], (next) => replace({ ...v, [key]: next }));
    }
  };
  walk(value, [], (next) => next);
  return copies;
}
