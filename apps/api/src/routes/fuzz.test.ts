/**
 * Property: whatever is sent to any route of the OpenAPI document, by anyone, the API never
 * answers 500 nor leaks a stack trace, and a rejected request stores nothing.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conforming, hostilePathSegment, hostileValue, type JsonSchema } from "../test-support/schema-arbitrary.js";
import { withEachTextPoisoned } from "../test-support/poison-text.js";
import { watchData } from "../test-support/fingerprint.js";
import { startTestApp, type TestApp, type TestClient } from "../test-support/test-app.js";
import { buildWorld, PASSWORD, type World } from "../test-support/world.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
type Who = "anonymous" | keyof World["users"];
const PEOPLE: Who[] = ["anonymous", "admin", "coordA", "driverA1", "referrer", "relay", "resident"];

interface Operation {
  "x-access": "public" | "session" | string[];
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
    const data = watchData(app.db.sql);
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
          await data.settle();
          const init = method === "get" ? {} : raw !== null ? { raw, headers: { "content-type": "application/json" } } : body === undefined ? {} : { json: body };
          const res = await client.request(method.toUpperCase(), url, init);
          requests++;
          expect(res.status, `${method} ${url} as ${who}: ${res.text}`).toBeLessThan(500);
          expect(res.text).not.toMatch(/\bat .+\.(ts|js):\d+|node_modules|Prisma|stack/i);
          if (res.status >= 400) expect(await data.unchanged(), `${method} ${url} as ${who} was rejected but changed data`).toBe(true);
          if (path === "/api/auth/logout" && res.status === 204) await signIn(who);
        }),
        { numRuns: RUNS },
      );
    }
    expect(requests).toBe(RUNS * operations.length);
  }, 1_200_000); // a guard against a hang: on a loaded machine the whole sweep takes minutes

  /** The person who may call an operation, so its body reaches the code that stores it. */
  const caller = (access: Operation["x-access"]): Who => {
    if (access === "public") return "anonymous";
    if (access === "session") return "coordA";
    const byRole: [string, Who][] = [["coordinator", "coordA"], ["admin", "admin"], ["resident", "resident"], ["relay", "relay"], ["referrer", "referrer"], ["driver", "driverA1"]];
    return byRole.find(([role]) => access.includes(role))?.[1] ?? "admin";
  };

  it("refuses invalid Unicode in every string field of every body with a 400 naming the field, never a 500", async () => {
    let poisoned = 0;
    const data = watchData(app.db.sql);
    for (const { method, path, op } of operations) {
      const bodySchema = op.requestBody?.content["application/json"].schema;
      if (!bodySchema || path === "/api/auth/logout") continue;
      const who = caller(op["x-access"]);
      let i = 0;
      const segments = op.parameters.filter((p) => p.in === "path").map((p) => fc.sample(conforming(p.schema, knownIds()), { numRuns: 1 })[0] as string);
      const url = path.replace(/\{\w+\}/g, () => segments[i++] ?? "x");
      for (const body of fc.sample(conforming(bodySchema, knownIds()), { numRuns: 2 })) {
        for (const { field, value } of withEachTextPoisoned(body)) {
          await data.settle();
          const res = await clients.get(who)!.request<{ code?: string; errors?: { path: string }[] }>(method.toUpperCase(), url, { json: value });
          poisoned++;
          const where = `${method} ${url} as ${who}, ${field} poisoned: ${res.text}`;
          expect(res.status, where).toBeLessThan(500);
          if (res.status >= 400) expect(await data.unchanged(), `${where} was rejected but changed data`).toBe(true);
          if (res.body?.code === "validation_failed") expect(res.body.errors?.length, where).toBeGreaterThan(0);
          if (path === "/api/auth/login" && res.status === 200) await signIn(who);
        }
      }
    }
    expect(poisoned).toBeGreaterThan(100);
  }, 600_000);
});
