import { describe, expect, it } from "vitest";
import { isTileRequest } from "./tile-requests";

describe("isTileRequest", () => {
  it("recognises z/x/y tile images, retina ones included", () => {
    expect(isTileRequest(new URL("https://tiles.example.org/12/2071/1510.png"), "image")).toBe(true);
    expect(isTileRequest(new URL("https://tiles.example.org/osm/9/258/188@2x.webp"), "image")).toBe(true);
  });
  it("recognises the Plan IGN's WMTS tiles and the deployment's own vector tiles, which the renderer fetches", () => {
    expect(isTileRequest(new URL("https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&TILEMATRIX=12&TILEROW=1510&TILECOL=2071"), "image")).toBe(true);
    expect(isTileRequest(new URL("https://app.example.org/tiles/14/8261/6030.pbf"), "")).toBe(true);
    expect(isTileRequest(new URL("https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetCapabilities"), "image")).toBe(false);
  });
  it("never matches API answers or non-image requests", () => {
    expect(isTileRequest(new URL("https://app.example.org/api/tiles/12/2071/1510.png"), "image")).toBe(false);
    expect(isTileRequest(new URL("https://tiles.example.org/12/2071/1510.png"), "")).toBe(false);
    expect(isTileRequest(new URL("https://app.example.org/assets/index-1234.js"), "script")).toBe(false);
  });
});
