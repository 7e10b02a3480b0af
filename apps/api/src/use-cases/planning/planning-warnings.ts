/** The road times' warnings as the planning screen's codes (`PlanningWarning` of the domain). */
import type { PlanningWarning } from "@tournee/domain";
import type { RoutingWarning } from "@tournee/routing";

const CODES = {
  ESTIMATED: "routing_estimated",
  ROUTING_FALLBACK: "routing_fallback",
  UNREACHABLE_PAIRS: "unreachable_pairs",
  STOP_FAR_FROM_ROAD: "stop_far_from_road",
  CALIBRATION_NOT_SAVED: "calibration_not_saved",
} as const satisfies Record<RoutingWarning["code"], PlanningWarning["code"]>;

export function routingWarning(warning: RoutingWarning): PlanningWarning {
  const details = warning.details ?? {};
  const stop = typeof details.stop === "string" ? { stop: { name: details.stop } } : {};
  // A routing server that stopped answering part-way: how many trips are estimated.
  const estimated = typeof details.estimatedPairs === "number" && details.estimatedPairs !== details.pairs ? details.estimatedPairs : undefined;
  const count = typeof details.count === "number" ? { count: details.count } : estimated !== undefined ? { count: estimated } : {};
  const metres = typeof details.distanceMeters === "number" ? { metres: Math.round(details.distanceMeters) } : {};
  return { code: CODES[warning.code], ...stop, ...count, ...metres };
}
