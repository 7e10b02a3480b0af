import { describe, expect, it } from "vitest";
import { OSRM_DEFAULTS, osrmConfigFromEnv, resolveOsrmConfig } from "./osrm-config.js";

describe("OSRM configuration", () => {
  it("is absent without OSRM_URL, so planning uses the estimate", () => {
    expect(osrmConfigFromEnv({})).toBeUndefined();
    expect(osrmConfigFromEnv({ OSRM_URL: "  " })).toBeUndefined();
  });

  it("reads the URL, profile and numbers from the environment", () => {
    const config = osrmConfigFromEnv({ OSRM_URL: "http://osrm:5000/", OSRM_PROFILE: "car", OSRM_MAX_TABLE_SIZE: "500", OSRM_CONCURRENCY: "2", OSRM_TIMEOUT_MS: "10000" });
    expect(resolveOsrmConfig(config!)).toMatchObject({ url: "http://osrm:5000", profile: "car", maxTableSize: 500, concurrency: 2, timeoutMs: 10000, retries: OSRM_DEFAULTS.retries });
  });

  it("says what is wrong with a bad setting", () => {
    expect(() => osrmConfigFromEnv({ OSRM_URL: "http://osrm:5000", OSRM_RETRIES: "many" })).toThrow('environment variable for retries must be a number, got "many"');
    expect(() => resolveOsrmConfig({ url: "osrm:5000 x" })).toThrow("is not a valid URL");
    expect(() => resolveOsrmConfig({ url: "http://osrm:5000", maxTableSize: 0 })).toThrow("maxTableSize must be a positive number");
  });
});
