/** Road times between the day's places: OSRM when OSRM_URL is set (estimate if it is down), else the estimate. */
import { encodePolyline, getMatrix, getRoute, type RoutingMatrix } from "@tournee/routing";
import type { Services } from "../../services.js";
import type { Place } from "./planning-day.js";
import { PrismaCalibrationStore, PrismaMatrixCache } from "./routing-stores.js";

function routingOptions(services: Services) {
  const url = services.config.OSRM_URL;
  return {
    ...(url ? { osrm: { url, profile: services.config.OSRM_PROFILE } } : {}),
    cache: new PrismaMatrixCache(services.db.prisma),
    calibration: new PrismaCalibrationStore(services.db.prisma),
    allowFallback: true,
  };
}

const stopsOf = (places: readonly Place[]) => places.map((p) => ({ id: p.id, name: p.name, coordinate: [p.lon, p.lat] as [number, number] }));

export function dayMatrix(services: Services, places: readonly Place[]): Promise<RoutingMatrix> {
  return getMatrix({ points: stopsOf(places), ...routingOptions(services) });
}

/** The route's line for the map (encoded polyline, 6 decimals): the road path, or straight segments when it cannot be had. */
export async function routeGeometry(services: Services, places: readonly Place[]): Promise<string> {
  const path = places.filter((p, i) => i === 0 || p.lon !== places[i - 1]!.lon || p.lat !== places[i - 1]!.lat);
  const straight = () => encodePolyline(path.map((p) => [p.lon, p.lat]), 6);
  if (path.length < 2) return straight();
  try {
    return (await getRoute({ stops: stopsOf(path), ...routingOptions(services) })).polyline6;
  } catch (error) {
    services.log.warn({ err: error }, "route geometry unavailable: straight segments stored");
    return straight();
  }
}
