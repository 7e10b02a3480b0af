/**
 * Property: whatever is sent to any route of the OpenAPI document, by anyone, the API never
 * answers 500 nor leaks a stack trace, and a rejected request stores nothing.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conforming, hostilePathSegment, hostileValue, type JsonSchema } from "../test-support/schema-arbitrary.js";
import { startTestApp, type TestApp, type TestClient } from "../test-support/test-app.js";
import { buildWorld, PASSWORD, type World } from "../test-support/world.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
type Who = "anonymous" | keyof World["users"];
const PEOPLE: Who[] = ["anonymous", "admin", "coordA", "driverA1", "referrer", "relay", "resident"];

interface Operation {
  parameters: { name: string; in: "path" | "query"; schema: JsonSchema }[];
  requestBody?: { content: { "application/json": { schema: JsonSchema } } };
}

let app: TestApp;
let world: World;
let operations: { method: string; path: string; op: Operation }[];
const clients = new Map<Who, TestClient>();

async function signIn(who: Who): Promise<TestClient> {
  const client = app.client();
  if (who !== "anonymous") await client.login(world.users[who].email, PASSWORD);
  clients.set(who, client);
  return client;
}

/** A fingerprint of every table but sessions (reading a session slides its expiry). */
async function fingerprint(): Promise<string> {
  const tables = await app.db.sql.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('Session', '_prisma_migrations') ORDER BY table_name`,
  );
  const parts = tables.map((t) => `(SELECT coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') FROM "${t.table_name}" x)`);
  const [row] = await app.db.sql.query<{ f: string }>(`SELECT md5(${parts.join(" || ")}) AS f`);
  return row!.f;
}

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.db.prisma);
  for (const who of PEOPLE) await signIn(who);
  const doc = (await clients.get("anonymous")!.get<{ paths: Record<string, Record<string, Operation>> }>("/api/openapi.json")).body;
  operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ method, path, op })));
});
afterAll(() => app.close());

describe("fuzzing every route as every role", () => {
  const knownIds = () => [...Object.values(world.households), ...Object.values(world.tours), ...Object.values(world.org)];

  it("never answers 500, never leaks internals, and rejected requests change nothing", async () => {
    expect(operations.length).toBeGreaterThan(10);
    let requests = 0;
    for (const { method, path, op } of operations) {
      const pathParams = op.parameters.filter((p) => p.in === "path");
      const queryParams = op.parameters.filter((p) => p.in === "query");
      const bodySchema = op.requestBody?.content["application/json"].schema;
      const request = fc.record({
        who: fc.constantFrom(...PEOPLE),
        path: fc.tuple(...pathParams.map((p) => fc.oneof(conforming(p.schema, knownIds()) as fc.Arbitrary<string>, hostilePathSegment)), fc.constant("")),
        query: fc.dictionary(
          fc.oneof(fc.constantFrom(...queryParams.map((p) => p.name), "x"), fc.string({ maxLength: 10 })),
          fc.oneof(fc.string({ maxLength: 20 }), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
          { maxKeys: 3 },
        ),
        body: bodySchema ? fc.oneof(conforming(bodySchema, knownIds()), hostileValue) : fc.oneof(fc.constant(undefined), hostileValue),
        raw: fc.option(fc.constantFrom("{", '{"a":', "[1,2", "\u0000", "true false"), { freq: 6 }),
      });
      await fc.assert(
        fc.asyncProperty(request, async ({ who, path: segments, query, body, raw }) => {
          let i = 0;
          const url = path.replace(/\{\w+\}/g, () => segments[i++] ?? "x") + (Object.keys(query).length ? `?${new URLSearchParams(query)}` : "");
          const client = clients.get(who)!;
          const before = await fingerprint();
          const init = method === "get" ? {} : raw !== null ? { raw, headers: { "content-type": "application/json" } } : body === undefined ? {} : { json: body };
          const res = await client.request(method.toUpperCase(), url, init);
          requests++;
          expect(res.status, `${method} ${url} as ${who}: ${res.text}`).toBeLessThan(500);
          expect(res.text).not.toMatch(/\bat .+\.(ts|js):\d+|node_modules|Prisma|stack/i);
          if (res.status >= 400) expect(await fingerprint(), `${method} ${url} as ${who} was rejected but changed data`).toBe(before);
          if (path === "/api/auth/logout" && res.status === 204) await signIn(who);
        }),
        { numRuns: RUNS },
      );
    }
    expect(requests).toBe(RUNS * operations.length);
  }, 600_000);
});
