/**
 * What `getMatrix` and `getRoute` share: the stops, the choice of provider
 * (OSRM when configured, else the estimate) and the fallback when OSRM fails.
 */
import { assertLonLat, type LonLat } from "./coordinate.js";
import { RoutingUnavailableError } from "./errors.js";
import type { CalibrationStore } from "./cache/calibration-store.js";
import { DEFAULT_FACTORS, type EstimatorFactors } from "./estimate/estimator.js";
import { territoryOf } from "./estimate/territory.js";
import type { OsrmConfig } from "./osrm/osrm-config.js";
import { EstimateProvider } from "./provider/estimate-provider.js";
import { OsrmProvider } from "./provider/osrm-provider.js";
import type { RoutingProvider } from "./provider/routing-provider.js";

export interface RoutingStop {
  id: string;
  /** Shown in error messages, e.g. "Mairie de Saint-Martin". */
  name: string;
  coordinate: LonLat;
}

export interface RoutingOptions {
  /** Default: `osrm.profile`, else `driving`. */
  profile?: string;
  /** OSRM server; when absent (and no `provider`), durations are estimated. See `osrmConfigFromEnv`. */
  osrm?: OsrmConfig | undefined;
  /** Use this provider instead of building one from `osrm` (tests, other engines). */
  provider?: RoutingProvider;
  /** Fitted estimator factors per territory: read for estimates, updated after OSRM answers. */
  calibration?: CalibrationStore;
  /** Territory id for `calibration`; default the grid cell of the stops (see `territoryOf`). */
  territory?: string;
  /** When OSRM is configured but unreachable, estimate instead of throwing `RoutingUnavailableError`. Default false. */
  allowFallback?: boolean;
}

export type RoutingWarningCode = "ESTIMATED" | "ROUTING_FALLBACK" | "STOP_FAR_FROM_ROAD" | "UNREACHABLE_PAIRS" | "CALIBRATION_NOT_SAVED";

/** Something the coordinator should know; `code` is stable for translation, `message` is English. */
export interface RoutingWarning {
  code: RoutingWarningCode;
  message: string;
  details?: Record<string, unknown>;
}

export function validateStops(stops: readonly RoutingStop[]): LonLat[] {
  return stops.map((stop) => assertLonLat(stop.coordinate, stop.name));
}

export function primaryProvider(options: RoutingOptions): RoutingProvider | undefined {
  if (options.provider) return options.provider;
  if (!options.osrm) return undefined;
  return new OsrmProvider({ ...options.osrm, ...(options.profile ? { profile: options.profile } : {}) });
}

export async function estimateProvider(
  options: RoutingOptions,
  coordinates: readonly LonLat[],
): Promise<EstimateProvider> {
  const profile = options.profile ?? options.osrm?.profile ?? "driving";
  let factors: EstimatorFactors = DEFAULT_FACTORS;
  if (options.calibration) {
    factors = (await options.calibration.load({ territory: options.territory ?? territoryOf(coordinates), profile })) ?? DEFAULT_FACTORS;
  }
  return new EstimateProvider(profile, factors);
}

/**
 * Runs `work` on the primary provider; on `RoutingUnavailableError` with
 * `allowFallback`, runs it on the estimate and says so in a warning.
 */
export async function withFallback<T>(
  options: RoutingOptions,
  coordinates: readonly LonLat[],
  work: (provider: RoutingProvider) => Promise<T>,
): Promise<{ result: T; provider: RoutingProvider; warnings: RoutingWarning[] }> {
  const primary = primaryProvider(options);
  if (!primary) {
    const provider = await estimateProvider(options, coordinates);
    const fitted = provider.factors.source === "fitted" ? " (fitted on this territory's road times)" : "";
    return {
      result: await work(provider),
      provider,
      warnings: [{ code: "ESTIMATED", message: `no routing server configured: durations and distances are estimated${fitted}` }],
    };
  }
  try {
    return { result: await work(primary), provider: primary, warnings: [] };
  } catch (error) {
    if (!(error instanceof RoutingUnavailableError) || !options.allowFallback) throw error;
    const provider = await estimateProvider(options, coordinates);
    const warning: RoutingWarning = {
      code: "ROUTING_FALLBACK",
      message: `routing server unreachable at ${error.url}: planning with estimated distances`,
      details: { url: error.url, reason: error.details.reason },
    };
    return { result: await work(provider), provider, warnings: [warning] };
  }
}
