import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

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
