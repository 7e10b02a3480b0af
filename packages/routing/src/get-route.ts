/**
 * The road path through stops in a given order, for the map and the driver.
 * The geometry is decoded to `[lon, lat][]`; `polyline6` keeps OSRM's encoded
 * form (6 decimals), compact for storage. With the estimate the path is
 * straight lines between the stops.
 */
import type { LonLat } from "./coordinate.js";
import type { ProviderName } from "./provider/routing-provider.js";
import { noRouteBetween } from "./provider/osrm-provider.js";
import { validateStops, withFallback, type RoutingOptions, type RoutingStop, type RoutingWarning } from "./routing-options.js";

export interface GetRouteOptions extends RoutingOptions {
  /** At least two stops, in driving order. */
  stops: readonly RoutingStop[];
}

export interface RoutedLeg {
  from: string;
  to: string;
  /** Whole seconds. */
  duration: number;
  /** Whole metres. */
  distance: number;
}

export interface RoutingRoute {
  provider: ProviderName;
  profile: string;
  duration: number;
  distance: number;
  legs: RoutedLeg[];
  geometry: LonLat[];
  polyline6: string;
  warnings: RoutingWarning[];
}

export async function getRoute(options: GetRouteOptions): Promise<RoutingRoute> {
  const { stops } = options;
  if (stops.length < 2) throw new TypeError("a route needs at least two stops");
  const coordinates = validateStops(stops);
  const { result, provider, warnings } = await withFallback(options, coordinates, async (p) => {
    try {
      return await p.route(coordinates);
    } catch (error) {
      throw noRouteBetween(error, stops.map((stop) => stop.name));
    }
  });
  return {
    provider: provider.name,
    profile: provider.profile,
    duration: result.duration,
    distance: result.distance,
    legs: result.legs.map((leg, i) => ({ from: stops[i]?.id ?? "", to: stops[i + 1]?.id ?? "", ...leg })),
    geometry: result.geometry,
    polyline6: result.polyline6,
    warnings,
  };
}
