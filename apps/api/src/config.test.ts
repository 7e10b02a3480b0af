import { describe, expect, it } from "vitest";
import { loadConfig, PLAN_IGN_URL } from "./config.js";

describe("map background setting", () => {
  it("is the Plan IGN by default, none under tests unless given, and refuses what is not a z/x/y template", () => {
    expect(loadConfig({})).toMatchObject({ TILE_URL: PLAN_IGN_URL, TILE_ATTRIBUTION: "© IGN – Plan IGN" });
    expect(loadConfig({ NODE_ENV: "test" }).TILE_URL).toBeUndefined();
    expect(loadConfig({ TILE_URL: "none" }).TILE_URL).toBeUndefined();
    expect(loadConfig({ TILE_URL: "https://tile.openstreetmap.org/{z}/{x}/{y}.png" })).toMatchObject({ TILE_ATTRIBUTION: "© OpenStreetMap contributors" });
    expect(() => loadConfig({ TILE_URL: "https://tiles.example.org/{z}.png" })).toThrow("TILE_URL");
  });
});

describe("address service setting", () => {
  it("is the public BAN by default, off under tests unless given, and refuses what is not a URL", () => {
    expect(loadConfig({}).TOURNEE_GEOCODER_URL).toBe("https://api-adresse.data.gouv.fr");
    expect(loadConfig({ NODE_ENV: "test" }).TOURNEE_GEOCODER_URL).toBe("none");
    expect(loadConfig({ NODE_ENV: "test", TOURNEE_GEOCODER_URL: "http://127.0.0.1:7878" }).TOURNEE_GEOCODER_URL).toBe("http://127.0.0.1:7878");
    expect(loadConfig({ TOURNEE_GEOCODER_URL: "none" }).TOURNEE_GEOCODER_URL).toBe("none");
    expect(() => loadConfig({ TOURNEE_GEOCODER_URL: "adresse" })).toThrow("TOURNEE_GEOCODER_URL");
    expect(loadConfig({}).TOURNEE_GEOCODER_TIMEOUT_MS).toBe(4000);
  });
});
