/** Address search against a local server that answers like the Base Adresse Nationale's search API. */
import { readFileSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { buildWorld, PASSWORD } from "../../test-support/world.js";

const BAN_ANSWER = readFileSync(new URL("../../use-cases/geocoding/fixtures/ban-search-aubusson.json", import.meta.url), "utf8");

let app: TestApp;
let ban: Server;
let banUrl: string;
let coord: TestClient;
const seen: URL[] = [];

/** Answers by query text, as the BAN would, or misbehaves on purpose. */
function answer(url: URL, response: ServerResponse): void {
  const q = url.searchParams.get("q");
  const json = (status: number, body: string) => void response.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(body);
  if (q === "maintenance") return json(502, '{"message":"Bad Gateway"}');
  if (q === "page html") return void response.writeHead(200, { "content-type": "text/html" }).end("<html><body>Maintenance</body></html>");
  if (q === "sans geometrie") return json(200, JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", properties: { label: "x", score: 1, type: "street" } }] }));
  if (q === "lenteur") return; // never answers
  if (q === "nulle part") return json(200, JSON.stringify({ type: "FeatureCollection", version: "draft", features: [], attribution: "BAN", licence: "ETALAB-2.0", query: q, limit: 5 }));
  json(200, BAN_ANSWER);
}

beforeAll(async () => {
  ban = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://ban.test");
    seen.push(url);
    answer(url, response);
  });
  await new Promise<void>((resolve) => ban.listen(0, "127.0.0.1", resolve));
  banUrl = `http://127.0.0.1:${(ban.address() as AddressInfo).port}`;
  app = await startTestApp();
  Object.assign(app.services.config, { TOURNEE_GEOCODER_URL: banUrl, TOURNEE_GEOCODER_TIMEOUT_MS: 300 });
  const world = await buildWorld(app.db.prisma);
  coord = await app.client().login(world.users.coordA.email, PASSWORD);
});
afterAll(async () => {
  await app.close();
  ban.closeAllConnections();
  await new Promise((resolve) => ban.close(resolve));
});

const search = (query: string) => coord.get<Record<string, unknown>[] & { code?: string; title?: string; detail?: string }>(`/api/geocoding/search?${query}`);

describe("GET /api/geocoding/search", () => {
  it("sends only the query, postcode and limit, and answers candidates best first with the address line", async () => {
    const res = await search("q=8%20rue%20vieille%20aubusson&postcode=23200&limit=4");
    expect(res.status).toBe(200);
    const sent = seen.at(-1)!;
    expect(sent.pathname).toBe("/search/");
    expect(Object.fromEntries(sent.searchParams)).toEqual({ q: "8 rue vieille aubusson", postcode: "23200", limit: "4" });
    expect(res.body[0]).toEqual({
      label: "8 Rue Vieille 23200 Aubusson", street: "8 Rue Vieille", postcode: "23200", city: "Aubusson", citycode: "23008",
      latitude: 45.955672, longitude: 2.168945, score: 0.9482345454545454, kind: "housenumber", needsConfirmation: false,
    });
    expect(res.body.map((c) => [c.kind, c.street, c.needsConfirmation])).toEqual([
      ["housenumber", "8 Rue Vieille", false],
      ["locality", "La Clide", true],
      ["street", "Rue Vieille", true],
      ["municipality", undefined, true],
    ]);
  });

  it("answers an empty list when nothing matched", async () => {
    expect((await search("q=nulle%20part")).body).toEqual([]);
  });

  it("refuses a query too short or a malformed postcode before calling the service", async () => {
    const before = seen.length;
    expect((await search("q=ab")).status).toBe(400);
    expect((await search("q=rue%20vieille&postcode=2320")).status).toBe(400);
    expect(seen.length).toBe(before);
  });

  it.each([
    ["the service fails", "maintenance", "HTTP 502"],
    ["the answer is not JSON", "page%20html", ""],
    ["a feature has no point", "sans%20geometrie", "feature without a point"],
    ["the service does not answer in time", "lenteur", "no answer within 300 ms"],
  ])("answers 503 with a way out when %s", async (_, q, reason) => {
    const res = await search(`q=${q}`);
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ code: "geocoding_unavailable", title: "Address search unavailable; place the pin on the map instead" });
    expect(res.body.detail).toContain(reason);
    expect(res.body.detail).not.toContain(banUrl);
  });

  it("answers 503 when the service is unreachable, and 404 when it is switched off", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    try {
      app.services.config.TOURNEE_GEOCODER_URL = deadUrl;
      expect((await search("q=rue%20vieille")).body).toMatchObject({ code: "geocoding_unavailable" });
      app.services.config.TOURNEE_GEOCODER_URL = "none";
      const off = await search("q=rue%20vieille");
      expect([off.status, off.body.code]).toEqual([404, "geocoding_off"]);
    } finally {
      app.services.config.TOURNEE_GEOCODER_URL = banUrl;
    }
  });
});
