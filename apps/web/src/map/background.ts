/**
 * The map background the deployment chose (GET /api/map: raster tiles, self-hosted vector tiles,
 * or none), asked once per page and remembered on the device, so a map opened with no signal
 * draws the same background from the tiles the service worker kept.
 */
import { MapSettingsSchema, type MapBackground } from "@tournee/domain";
import { useEffect, useState } from "react";
import { api } from "../api/client";
import { configuredTiles } from "./tile-source";

const STORAGE_KEY = "tournee.map-background";

function remembered(): MapBackground | null | undefined {
  try {
    const text = localStorage.getItem(STORAGE_KEY);
    return text === null ? undefined : MapSettingsSchema.parse(JSON.parse(text)).background;
  } catch {
    return undefined;
  }
}

/** What this build was configured with at build time (VITE_TILE_URL), for a server that does not say. */
const built: MapBackground | null = configuredTiles ? { kind: "raster", ...configuredTiles, prefetchAllowed: false } : null;

let asked: Promise<MapBackground | null> | undefined;

export function loadMapBackground(): Promise<MapBackground | null> {
  asked ??= api.get("/api/map", (body) => MapSettingsSchema.parse(body)).then(
    (settings) => {
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
      } catch {
        // Storage refused: the next offline start draws no background.
      }
      return settings.background;
    },
    () => remembered() ?? built,
  );
  return asked;
}

/** The background to draw: `undefined` while it is being asked, `null` for a plain background. */
export function useMapBackground(): MapBackground | null | undefined {
  const [background, setBackground] = useState<MapBackground | null | undefined>(remembered);
  useEffect(() => {
    let live = true;
    void loadMapBackground().then((b) => live && setBackground(b));
    return () => {
      live = false;
    };
  }, []);
  return background;
}
