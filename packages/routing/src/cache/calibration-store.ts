/**
 * Port: the estimator factors fitted per territory and profile, so the
 * estimate improves where a routing server has answered.
 *
 * Contract (checked by `describeCalibrationStoreContract` in `@tournee/routing/test-support`):
 * `load` returns what the last `save` for the same `{ territory, profile }` stored
 * (a deep-equal copy: mutating it changes nothing stored), or `undefined`; scopes are independent.
 */
import type { EstimatorFactors } from "../estimate/estimator.js";

export interface CalibrationScope {
  /** A territory id chosen by the caller, or the grid cell from `territoryOf`. */
  territory: string;
  profile: string;
}

export interface CalibrationStore {
  load(scope: CalibrationScope): Promise<EstimatorFactors | undefined>;
  save(scope: CalibrationScope, factors: EstimatorFactors): Promise<void>;
}

export class InMemoryCalibrationStore implements CalibrationStore {
  private readonly factors = new Map<string, string>();

  async load(scope: CalibrationScope): Promise<EstimatorFactors | undefined> {
    const stored = this.factors.get(JSON.stringify([scope.territory, scope.profile]));
    return stored === undefined ? undefined : (JSON.parse(stored) as EstimatorFactors);
  }

  async save(scope: CalibrationScope, factors: EstimatorFactors): Promise<void> {
    this.factors.set(JSON.stringify([scope.territory, scope.profile]), JSON.stringify(factors));
  }
}
