import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../test-support/test-app.js";
import { buildWorld, PASSWORD, type World } from "../test-support/world.js";

let app: TestApp;
let world: World;
let coordinator: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.db.prisma);
  coordinator = await app.client().login(world.users.coordA.email, PASSWORD);
});
afterAll(() => app.close());

const isProblem = (res: { status: number; headers: Headers; body: unknown }, status: number, code: string) => {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, code });
};

describe("HTTP basics", () => {
  it("answers health and readiness", async () => {
    expect((await app.client().get("/healthz")).body).toEqual({ status: "ok" });
    const ready = await app.client().get<{ status: string; migrations: number }>("/readyz");
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe("ready");
    expect(ready.body.migrations).toBeGreaterThan(0);
  });

  it("serves the OpenAPI 3.1 document and a docs page", async () => {
    const doc = await app.client().get<{ openapi: string; paths: Record<string, unknown> }>("/api/openapi.json");
    expect(doc.body.openapi).toBe("3.1.0");
    expect(Object.keys(doc.body.paths)).toContain("/api/households/{id}");
    const page = await app.client().request("GET", "/api/docs", { headers: { accept: "text/html" } });
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(page.text).toContain("/api/households/{id}");
  });

  it("answers unknown routes with JSON, never HTML", async () => {
    isProblem(await app.client().get("/api/nope"), 404, "route_not_found");
    isProblem(await app.client().request("GET", "/nope", { headers: { accept: "application/json" } }), 404, "route_not_found");
  });

  it("rejects malformed JSON with 400 and a large body with 413", async () => {
    isProblem(await coordinator.request("POST", "/api/households", { raw: "{not json", headers: { "content-type": "application/json" } }), 400, "malformed_json");
    const big = JSON.stringify({ name: "x".repeat(1_100_000) });
    isProblem(await coordinator.request("POST", "/api/households", { raw: big, headers: { "content-type": "application/json" } }), 413, "payload_too_large");
  });

  it("rejects a body that is not JSON with 415", async () => {
    isProblem(await coordinator.request("POST", "/api/households", { raw: "name=x", headers: { "content-type": "application/x-www-form-urlencoded" } }), 415, "unsupported_media_type");
  });

  it("names every invalid or unknown field, and stores nothing", async () => {
    const before = await app.db.prisma.household.count();
    const res = await coordinator.post<{ errors: { in: string; path: string }[] }>("/api/households", {
      organisationId: world.org.groceryA, name: "", addressLine: "x", postcode: "2300", city: "Guéret", latitude: 95, longitude: 1.9, colour: "blue",
    });
    isProblem(res, 400, "validation_failed");
    const paths = res.body.errors.map((e) => `${e.in}:${e.path}`);
    expect(paths).toEqual(expect.arrayContaining(["body:name", "body:postcode", "body:latitude", "body:(body)"]));
    expect(await app.db.prisma.household.count()).toBe(before);
  });

  it("refuses text with a NUL character, which the database cannot store, naming where it is", async () => {
    const before = await app.db.prisma.stop.count();
    const res = await coordinator.post<{ errors: { in: string; path: string; message: string }[] }>("/api/stops", {
      organisationId: world.org.groceryA, name: "La\u0000voir", city: "Guéret", latitude: 46.2, longitude: 1.9,
    });
    isProblem(res, 400, "validation_failed");
    expect(res.body.errors).toEqual([expect.objectContaining({ in: "body", path: "name", message: expect.stringContaining("NUL") })]);
    expect(await app.db.prisma.stop.count()).toBe(before);
  });

  it("refuses invalid Unicode (a lone surrogate, a pair's halves reversed) naming where it is, and keeps other code points as sent", async () => {
    const before = await app.db.prisma.stop.count();
    for (const [name, accessNotes] of [["Lavoir\ud800", "ok"], ["Lavoir", "Portail \udc00\ud83d bleu"]]) {
      const res = await coordinator.post<{ errors: { in: string; path: string; message: string }[] }>("/api/stops", { organisationId: world.org.groceryA, name, city: "Guéret", latitude: 46.2, longitude: 1.9, accessNotes });
      isProblem(res, 400, "validation_failed");
      expect(res.body.errors).toEqual([expect.objectContaining({ in: "body", path: name === "Lavoir" ? "accessNotes" : "name", message: expect.stringContaining("invalid Unicode") })]);
    }
    expect(await app.db.prisma.stop.count()).toBe(before);
    const kept = "La\ufeff\u202eriovaL\u202c 😀";
    const res = await coordinator.post<{ id: string }>("/api/stops", { organisationId: world.org.groceryA, name: kept, city: "Guéret", latitude: 46.2, longitude: 1.9 });
    expect(res.status).toBe(201);
    expect((await app.db.prisma.stop.findUniqueOrThrow({ where: { id: res.body.id } })).name).toBe(kept);
  });

  it("refuses a body nested deeper than any request needs, without walking it", async () => {
    const deep = `${"[".repeat(20_000)}${"]".repeat(20_000)}`;
    const res = await coordinator.request<{ errors: { message: string }[] }>("POST", "/api/stops", { raw: `{"organisationId":${deep}}`, headers: { "content-type": "application/json" } });
    isProblem(res, 400, "validation_failed");
    expect(res.body.errors[0]!.message).toContain("nested");
  });

  it("validates path and query parameters", async () => {
    const bad = await coordinator.get<{ errors: { in: string; path: string }[] }>("/api/households/not-a-uuid");
    isProblem(bad, 400, "validation_failed");
    expect(bad.body.errors[0]).toMatchObject({ in: "path", path: "id" });
    const query = await coordinator.get<{ errors: { in: string; path: string }[] }>("/api/tours?from=yesterday&colour=blue");
    isProblem(query, 400, "validation_failed");
    expect(query.body.errors.map((e) => e.path).sort()).toEqual(["(all)", "from"]);
  });

  it("sets security headers and keeps CORS closed", async () => {
    const res = await app.client().request("GET", "/healthz", { headers: { origin: "https://evil.example" } });
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(res.headers.get("x-request-id")).toBeTruthy();
  });
});
