/**
 * {@link RoutingProvider} that estimates from great-circle distances
 * (see `estimate/estimator.ts`). Routes are straight lines between stops;
 * stops are not snapped.
 */
import type { LonLat } from "../coordinate.js";
import { DEFAULT_FACTORS, estimatePair, estimateTable, type EstimatorFactors } from "../estimate/estimator.js";
import { encodePolyline } from "../polyline.js";
import type { ProviderRoute, ProviderTable, RoutingProvider, Snap } from "./routing-provider.js";

export class EstimateProvider implements RoutingProvider {
  readonly name = "estimate";

  constructor(
    readonly profile: string,
    readonly factors: EstimatorFactors = DEFAULT_FACTORS,
  ) {}

  async table(coordinates: readonly LonLat[], sources: readonly number[], destinations: readonly number[]): Promise<ProviderTable> {
    return { ...estimateTable(coordinates, this.factors, sources, destinations), snaps: coordinates.map(() => undefined) };
  }

  async route(coordinates: readonly LonLat[]): Promise<ProviderRoute> {
    const legs = coordinates.slice(1).map((to, i) => estimatePair(coordinates[i] as LonLat, to, this.factors));
    return {
      duration: legs.reduce((sum, leg) => sum + leg.duration, 0),
      distance: legs.reduce((sum, leg) => sum + leg.distance, 0),
      legs,
      geometry: coordinates.map(([lon, lat]) => [lon, lat] as const),
      polyline6: encodePolyline(coordinates),
      snaps: coordinates.map(() => undefined),
    };
  }

  async snap(coordinate: LonLat): Promise<Snap> {
    return { location: coordinate, distance: 0, name: "" };
  }
}
