import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";

/** A Base Adresse Nationale search answer kept with the API's tests (shape of api-adresse.data.gouv.fr, ETALAB-2.0). */
const ANSWER = readFileSync(new URL("../../apps/api/src/use-cases/geocoding/fixtures/ban-search-aubusson.json", import.meta.url), "utf8");
const EMPTY = JSON.stringify({ type: "FeatureCollection", version: "draft", features: [], attribution: "BAN", licence: "ETALAB-2.0", limit: 5 });

/** A local address service for a journey: what it was asked, and a switch to make it fail. */
export interface FakeBan {
  url: string;
  queries: URLSearchParams[];
  down: boolean;
}

/**
 * Starts, before the suite, a local server answering like the BAN's `/search/`: the Aubusson answer
 * for queries mentioning "vieille", no result otherwise, HTTP 502 while `down`. Call it before the
 * journey that uses its `url`, so it is listening first.
 */
export function startFakeBan(): FakeBan {
  const ban: FakeBan = { url: "", queries: [], down: false };
  const server = createServer((request, response) => {
    const params = new URL(request.url ?? "/", "http://ban.test").searchParams;
    ban.queries.push(params);
    const [status, body] = ban.down ? [502, '{"message":"Bad Gateway"}'] : [200, /vieille/i.test(params.get("q") ?? "") ? ANSWER : EMPTY];
    response.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(body);
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    ban.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return ban;
}
