/** Road times between the day's places: OSRM when OSRM_URL is set (estimate if it is down), else the estimate. */
import { encodePolyline, getMatrix, getRoute, type RoutingMatrix } from "@tournee/routing";
import type { Services } from "../../services.js";
import type { Place } from "./planning-day.js";
import { PrismaCalibrationStore, PrismaMatrixCache } from "./routing-stores.js";

/**
 * The estimate is calibrated per organisation (its territory) whenever OSRM answers, and read
 * back when OSRM is down or not configured.
 */
function routingOptions(services: Services, organisationId: string) {
  const url = services.config.OSRM_URL;
  return {
    ...(url ? { osrm: { url, profile: services.config.OSRM_PROFILE } } : {}),
    cache: new PrismaMatrixCache(services.db.prisma),
    calibration: new PrismaCalibrationStore(services.db.prisma),
    territory: `organisation:${organisationId}`,
    allowFallback: true,
  };
}

const stopsOf = (places: readonly Place[]) => places.map((p) => ({ id: p.id, name: p.name, coordinate: [p.lon, p.lat] as [number, number] }));

export function dayMatrix(services: Services, organisationId: string, places: readonly Place[]): Promise<RoutingMatrix> {
  return getMatrix({ points: stopsOf(places), ...routingOptions(services, organisationId) });
}

export interface RouteLine {
  /** Encoded polyline, 6 decimals. */
  polyline6: string;
  /** `osrm`: along the roads; `estimate`: straight segments between the stops. */
  provider: "osrm" | "estimate";
}

/**
 * The route's line for the map: the road path OSRM returns (asked with the options the times were
 * computed with), or straight segments when it cannot be had, labelled as such.
 */
export async function routeGeometry(services: Services, organisationId: string, places: readonly Place[]): Promise<RouteLine> {
  const path = places.filter((p, i) => i === 0 || p.lon !== places[i - 1]!.lon || p.lat !== places[i - 1]!.lat);
  const straight = (): RouteLine => ({ polyline6: encodePolyline(path.map((p) => [p.lon, p.lat]), 6), provider: "estimate" });
  if (path.length < 2 || !services.config.OSRM_URL) return straight();
  try {
    const route = await getRoute({ stops: stopsOf(path), ...routingOptions(services, organisationId) });
    return { polyline6: route.polyline6, provider: route.provider };
  } catch (error) {
    services.log.warn({ err: error }, "route geometry unavailable: straight segments stored");
    return straight();
  }
}
