/**
 * The deployment's own vector tiles (infra/tiles: layers roads, water, waterway, landcover,
 * buildings, places) drawn on canvas with protomaps-leaflet: roads by class, forests, water,
 * buildings up close, and the names of towns, villages and hamlets. Loaded only when the
 * deployment serves vector tiles.
 */
import type { MapBackground } from "@tournee/domain";
import * as L from "./leaflet";
import { CenteredTextSymbolizer, LineLabelSymbolizer, LineSymbolizer, PolygonSymbolizer, leafletLayer, type Feature, type LabelRule, type PaintRule } from "protomaps-leaflet";

// protomaps-leaflet extends the global Leaflet it finds on the page.
(globalThis as { L?: unknown }).L ??= { GridLayer: L.GridLayer, DomUtil: L.DomUtil };

const classOf = (f?: Feature) => String(f?.props.class ?? "");
const is = (...classes: string[]) => (_z: number, f: Feature) => classes.includes(classOf(f));

/** Width in pixels of a road class at zoom z: readable at a glance on a phone in a moving van. */
function roadWidth(kind: "major" | "secondary" | "minor" | "track" | "path", casing: boolean) {
  const base = { major: 3, secondary: 2.4, minor: 1.6, track: 1.2, path: 1 }[kind];
  return (z: number) => {
    const grown = base * Math.max(1, 1 + (z - 11) * 0.45);
    return casing ? grown + 2 : grown;
  };
}

const road = (kind: "major" | "secondary" | "minor", color: string, casing: string, minzoom: number): PaintRule[] => [
  { dataLayer: "roads", minzoom, filter: is(kind), symbolizer: new LineSymbolizer({ color: casing, width: roadWidth(kind, true), lineCap: "round", lineJoin: "round" }) },
  { dataLayer: "roads", minzoom, filter: is(kind), symbolizer: new LineSymbolizer({ color, width: roadWidth(kind, false), lineCap: "round", lineJoin: "round" }) },
];

export const PAINT_RULES: PaintRule[] = [
  { dataLayer: "landcover", symbolizer: new PolygonSymbolizer({ fill: "#cfe3c1" }) },
  { dataLayer: "water", symbolizer: new PolygonSymbolizer({ fill: "#a5cbe6" }) },
  { dataLayer: "waterway", symbolizer: new LineSymbolizer({ color: "#7fb0d8", width: (z) => (z >= 14 ? 2.5 : 1.5) }) },
  { dataLayer: "buildings", minzoom: 14, symbolizer: new PolygonSymbolizer({ fill: "#d8cec4", stroke: "#c2b6aa", width: 0.5 }) },
  { dataLayer: "roads", minzoom: 13, filter: is("path"), symbolizer: new LineSymbolizer({ color: "#8a7a66", width: roadWidth("path", false), dash: [2, 3] }) },
  { dataLayer: "roads", minzoom: 13, filter: is("track"), symbolizer: new LineSymbolizer({ color: "#9b7b4e", width: roadWidth("track", false), dash: [6, 3] }) },
  ...road("minor", "#ffffff", "#b9b2a8", 12),
  ...road("secondary", "#fde9a6", "#b89a45", 9),
  ...road("major", "#f7b868", "#b0742b", 8),
];

const PLACE_SIZE: Record<string, number> = { city: 18, town: 17, village: 15, hamlet: 13, isolated_dwelling: 12, farm: 12, locality: 12 };

export const LABEL_RULES: LabelRule[] = [
  {
    dataLayer: "places",
    symbolizer: new CenteredTextSymbolizer({
      labelProps: ["name"],
      fill: "#222222",
      stroke: "#ffffff",
      width: 3,
      fontFamily: "sans-serif",
      fontWeight: (_z, f) => (["city", "town", "village"].includes(classOf(f)) ? 700 : 400),
      fontStyle: (_z, f) => (classOf(f) === "locality" ? "italic" : "normal"),
      fontSize: (_z, f) => PLACE_SIZE[classOf(f)] ?? 12,
    }),
    sort: (a, b) => (PLACE_SIZE[String(b.class)] ?? 0) - (PLACE_SIZE[String(a.class)] ?? 0),
  },
  {
    dataLayer: "roads",
    minzoom: 14,
    filter: is("major", "secondary", "minor"),
    symbolizer: new LineLabelSymbolizer({ labelProps: ["name"], fill: "#333333", stroke: "#ffffff", width: 3, fontFamily: "sans-serif", fontSize: 12 }),
  },
];

export const BACKGROUND_COLOUR = "#f3efe8";

export function vectorLayer(background: MapBackground, _onFailure: () => void): L.Layer {
  return leafletLayer({
    url: background.url,
    attribution: background.attribution,
    maxDataZoom: background.maxZoom,
    paintRules: PAINT_RULES,
    labelRules: LABEL_RULES,
    backgroundColor: BACKGROUND_COLOUR,
  }) as unknown as L.Layer;
}
