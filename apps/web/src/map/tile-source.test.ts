import { describe, expect, it } from "vitest";
import { tileSourceFrom } from "./tile-source";

describe("tileSourceFrom", () => {
  it("has no tiles unless a z/x/y template is configured", () => {
    expect(tileSourceFrom({})).toBeUndefined();
    expect(tileSourceFrom({ VITE_TILE_URL: " " })).toBeUndefined();
    expect(tileSourceFrom({ VITE_TILE_URL: "https://tiles.example.org/{z}/{x}.png" })).toBeUndefined();
    expect(tileSourceFrom({ VITE_TILE_URL: "javascript:{z}{x}{y}" })).toBeUndefined();
  });

  it("reads the template, attribution and zoom limit", () => {
    expect(
      tileSourceFrom({ VITE_TILE_URL: "/tiles/{z}/{x}/{y}.png", VITE_TILE_ATTRIBUTION: "Data © OpenStreetMap contributors, ODbL 1.0", VITE_TILE_MAX_ZOOM: "16" }),
    ).toEqual({ url: "/tiles/{z}/{x}/{y}.png", attribution: "Data © OpenStreetMap contributors, ODbL 1.0", maxZoom: 16 });
    expect(tileSourceFrom({ VITE_TILE_URL: "https://t.example.org/{z}/{x}/{y}.png", VITE_TILE_MAX_ZOOM: "99" })?.maxZoom).toBe(19);
  });
});
