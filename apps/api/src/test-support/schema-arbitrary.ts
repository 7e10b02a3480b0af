/**
 * fast-check arbitraries from the JSON Schemas of the OpenAPI document: values that follow
 * the schema (mostly valid requests) and values that break it in every way a client can.
 */
import fc from "fast-check";

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  default?: unknown;
}

export function conforming(schema: JsonSchema, knownIds: string[]): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => conforming(s, knownIds)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "object": {
      const props = Object.entries(schema.properties ?? {});
      const record = Object.fromEntries(props.map(([k, s]) => [k, conforming(s, knownIds)]));
      return fc.record(record, { requiredKeys: (schema.required ?? []).filter((k) => k in record) });
    }
    case "array":
      return fc.array(conforming(schema.items ?? {}, knownIds), { maxLength: 3 });
    case "integer":
      return fc.integer({ min: Math.ceil(schema.minimum ?? -1000), max: Math.floor(schema.maximum ?? 100_000) });
    case "number":
      return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "string":
      return conformingString(schema, knownIds);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function conformingString(schema: JsonSchema, knownIds: string[]): fc.Arbitrary<string> {
  switch (schema.format) {
    case "uuid":
      return knownIds.length ? fc.oneof(fc.constantFrom(...knownIds), fc.uuid()) : fc.uuid();
    case "date":
      return fc.date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case "date-time":
      return fc.date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((d) => d.toISOString());
    case "email":
      return fc.emailAddress();
  }
  if (schema.pattern === "^\\d{5}$") return fc.stringMatching(/^\d{5}$/);
  const maxLength = Math.min(schema.maxLength ?? 40, 40);
  const text = fc.string({ minLength: schema.minLength ?? 0, maxLength });
  const room = fc.string({ maxLength: Math.max(0, maxLength - 2) });
  return fc.oneof({ weight: 3, arbitrary: text }, { weight: 1, arbitrary: poisoned(room) });
}

/**
 * Text a broken or hostile client can put in any JSON string: a lone surrogate (either half),
 * the two halves of a pair reversed, NUL, a byte-order mark, right-to-left overrides.
 */
export const POISON_TEXT = ["\ud800", "\udfff", "\udc00\ud800", "\u0000", "\ufeff", "\u202e", "\u202d\u2066"] as const;

/** A string with one piece of poison text put somewhere in it. */
export function poisoned(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(text, fc.constantFrom(...POISON_TEXT), fc.nat()).map(([t, poison, at]) => {
    const i = t.length ? at % (t.length + 1) : 0;
    return t.slice(0, i) + poison + t.slice(i);
  });
}

/** Anything a broken or hostile client might send instead. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom("", " ", "null", "-1", "1e309", "NaN", "../../etc/passwd", "' OR 1=1 --", "<script>alert(1)</script>", "\u0000", "😀".repeat(50)),
  fc.string({ maxLength: 300 }),
  poisoned(fc.string({ maxLength: 40 })),
  fc.constantFrom(...POISON_TEXT).map((poison) => ({ [`name${poison}`]: poison, note: `a${poison}` })),
);

export const hostilePathSegment: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc.constantFrom("0", "-1", "null", "undefined", "%00", "..", "%2e%2e", "a".repeat(300), "00000000-0000-0000-0000-000000000000"),
  fc.string({ minLength: 1, maxLength: 50 }).map(encodeURIComponent),
);
