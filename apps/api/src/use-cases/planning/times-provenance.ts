/**
 * Where a tour's planned times come from, leg by leg: the road network (OSRM, or OSRM's cached
 * answers), the estimate, or both. A day planned while OSRM was away is `mixed`; each of its
 * tours says how many of its own legs are estimated.
 */
import type { RoutingMatrix } from "@tournee/routing";

export interface TimesProvenance {
  provider: "osrm" | "estimate" | "mixed";
  /** Share (0–1) of the tour's legs between two different places whose time is estimated. */
  estimatedShare: number;
}

/** `locations`: the matrix indices the tour visits in order, home site first and last. */
export function timesProvenance(matrix: Pick<RoutingMatrix, "provider" | "isEstimated">, locations: readonly number[]): TimesProvenance {
  if (matrix.provider !== "mixed") return { provider: matrix.provider, estimatedShare: matrix.provider === "estimate" ? 1 : 0 };
  let legs = 0;
  let estimated = 0;
  for (let k = 1; k < locations.length; k++) {
    const from = locations[k - 1]!;
    const to = locations[k]!;
    if (from === to) continue;
    legs++;
    if (matrix.isEstimated(from, to)) estimated++;
  }
  const estimatedShare = legs === 0 ? 0 : estimated / legs;
  return { provider: estimated === 0 ? "osrm" : estimated === legs ? "estimate" : "mixed", estimatedShare };
}
