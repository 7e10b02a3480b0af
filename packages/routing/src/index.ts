/**
 * @tournee/routing — road durations and distances for the planner.
 * `getMatrix` and `getRoute` are the calls to make; OSRM and the estimate sit
 * behind the `RoutingProvider` port; the cache and the fitted estimator factors
 * behind the `MatrixCache` and `CalibrationStore` ports. Coordinates are `[lon, lat]`.
 */
export { getMatrix, type GetMatrixOptions, type RoutingMatrix, type SnappedStop } from "./get-matrix.js";
export { getRoute, type GetRouteOptions, type RoutingRoute, type RoutedLeg } from "./get-route.js";
export type { RoutingOptions, RoutingStop, RoutingWarning, RoutingWarningCode } from "./routing-options.js";
export { assertLonLat, coordinateKey, greatCircleMeters, type LonLat } from "./coordinate.js";
export * from "./errors.js";
export type { RoutingProvider, ProviderName, MatrixSource, ProviderTable, ProviderRoute, RouteLeg, Snap } from "./provider/routing-provider.js";
export { OsrmProvider } from "./provider/osrm-provider.js";
export { EstimateProvider } from "./provider/estimate-provider.js";
export { OsrmClient, type TableSelection, type RouteOptions } from "./osrm/osrm-client.js";
export { osrmConfigFromEnv, OSRM_DEFAULTS, type OsrmConfig } from "./osrm/osrm-config.js";
export { OsrmResponseError } from "./osrm/osrm-http.js";
export type * from "./osrm/osrm-types.js";
export { DEFAULT_FACTORS, estimatePair, estimateTable, type EstimatorFactors, type DistanceBand } from "./estimate/estimator.js";
export { fitFactors, measureEstimateError, type EstimateError, type ObservedMatrix } from "./estimate/calibration.js";
export { territoryOf } from "./estimate/territory.js";
export type { MatrixCache, CacheScope, CachedPair, CachedSnap } from "./cache/matrix-cache.js";
export { InMemoryMatrixCache } from "./cache/in-memory-matrix-cache.js";
export { InMemoryCalibrationStore, type CalibrationStore, type CalibrationScope } from "./cache/calibration-store.js";
export { decodePolyline, encodePolyline } from "./polyline.js";
export * from "./geocoding/index.js";
