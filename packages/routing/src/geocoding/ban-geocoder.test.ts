// The test server answers in the BAN search API's GeoJSON shape; the features are made up for the test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GeocodingUnavailableError, InvalidAddressError, InvalidCoordinateError } from "../errors.js";
import { sendJson, startTestServer, type TestServer } from "../test-support/http-test-server.js";
import { BanGeocoder } from "./ban-geocoder.js";
import { pinnedPosition } from "./geocoder.js";

const feature = (type: string, score: number, label: string, coordinates: [number, number]) => ({
  type: "Feature",
  geometry: { type: "Point", coordinates },
  properties: { label, score, type, postcode: "15130", citycode: "15187", city: "Saint-Simon", id: "15187_x", name: label.replace(/ 15130 .*/, ""), context: "15, Cantal, Auvergne-Rhône-Alpes" },
});

let server: TestServer;
const seen: URL[] = [];
beforeAll(async () => {
  server = await startTestServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://x");
    seen.push(url);
    const q = url.searchParams.get("q") ?? "";
    if (q.startsWith("panne")) return sendJson(response, 503, { message: "unavailable" });
    if (q === "sans point") return sendJson(response, 200, { type: "FeatureCollection", features: [{ type: "Feature", geometry: null, properties: { label: "x", score: 1, type: "street" } }] });
    if (q === "pas du json") {
      response.writeHead(200, { "content-type": "application/json" });
      return void response.end("<html>maintenance</html>");
    }
    const features =
      q === "3 route de Saint-Simon"
        ? [feature("housenumber", 0.91, "3 Route de Saint-Simon 15130 Saint-Simon", [2.487305, 44.963211]), feature("street", 0.62, "Route de Saint-Simon 15130 Arpajon", [2.4601, 44.9071])]
        : q === "La Borie"
          ? [feature("locality", 0.83, "La Borie 15130 Saint-Simon", [2.4912, 44.9702])]
          : [];
    sendJson(response, 200, { type: "FeatureCollection", version: "draft", features, attribution: "BAN", licence: "ETALAB-2.0", query: q, limit: 5 });
  });
});
afterAll(() => server.close());

describe("BanGeocoder", () => {
  it("sends q, postcode, citycode and limit to /search/, and returns scored candidates best first", async () => {
    const ban = new BanGeocoder({ baseUrl: server.url });
    const candidates = await ban.search({ q: " 3 route de Saint-Simon ", postcode: "15130", citycode: "15187", limit: 3 });
    const url = seen.at(-1)!;
    expect(url.pathname).toBe("/search/");
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: "3 route de Saint-Simon", postcode: "15130", citycode: "15187", limit: "3" });
    expect(candidates[0]).toEqual({
      label: "3 Route de Saint-Simon 15130 Saint-Simon",
      coordinate: [2.487305, 44.963211],
      score: 0.91,
      kind: "housenumber",
      addressLine: "3 Route de Saint-Simon",
      postcode: "15130",
      citycode: "15187",
      city: "Saint-Simon",
      needsConfirmation: false,
    });
    expect(candidates[1]?.needsConfirmation).toBe(true);
  });

  it("asks for confirmation of a lieu-dit even with a good score", async () => {
    const [borie] = await new BanGeocoder({ baseUrl: server.url }).search({ q: "La Borie" });
    expect(borie).toMatchObject({ kind: "locality", score: 0.83, needsConfirmation: true });
  });

  it("treats an answer it cannot read as the service being unavailable", async () => {
    const ban = new BanGeocoder({ baseUrl: server.url });
    await expect(ban.search({ q: "sans point" })).rejects.toThrow("feature without a point");
    await expect(ban.search({ q: "pas du json" })).rejects.toThrow(GeocodingUnavailableError);
  });

  it("returns no candidate when nothing matched", async () => {
    expect(await new BanGeocoder({ baseUrl: server.url }).search({ q: "Le Puech del Cros" })).toEqual([]);
  });

  it("refuses malformed queries before calling the service", async () => {
    const ban = new BanGeocoder({ baseUrl: server.url });
    await expect(ban.search({ q: "ab" })).rejects.toThrow(InvalidAddressError);
    await expect(ban.search({ q: "La Borie", postcode: "1513" })).rejects.toThrow('address postcode "1513" is not usable (five digits)');
    await expect(ban.search({ q: "La Borie", citycode: "2A004" })).resolves.toHaveLength(1);
  });

  it("says the service is unreachable and points to the manual pin", async () => {
    const failing = new BanGeocoder({ baseUrl: server.url }).search({ q: "panne" });
    await expect(failing).rejects.toThrow(GeocodingUnavailableError);
    await expect(failing).rejects.toThrow(`address service unreachable at ${server.url} (HTTP 503): place the pin by hand on the map`);
  });
});

describe("pinnedPosition", () => {
  it("is a confirmed candidate at the pin", () => {
    expect(pinnedPosition([2.49, 44.97], "Chez Mme B.")).toEqual({ label: "Chez Mme B.", coordinate: [2.49, 44.97], score: 1, kind: "manual", needsConfirmation: false });
    expect(() => pinnedPosition([44.97, 92], "x")).toThrow(InvalidCoordinateError);
  });
});
