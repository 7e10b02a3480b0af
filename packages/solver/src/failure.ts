/** Constraint kinds a route can break, as recorded by simulate() when it returns Infinity. */
export const Fail = {
  None: 0,
  MaxStops: 1,
  Capacity: 2,
  Break: 3,
  WorkingHours: 4,
  TimeWindow: 5,
  Precedence: 6,
  MaxTravelTime: 7,
  MaxWorkingTime: 8,
} as const;
export type FailKind = (typeof Fail)[keyof typeof Fail];

/** Why the last call to simulate() returned Infinity: the constraint, the task (or -1) and the capacity dimension (or -1). */
export const failure: { kind: FailKind; task: number; dim: number } = { kind: Fail.None, task: -1, dim: -1 };

export function fail(kind: FailKind, task = -1, dim = -1): number {
  failure.kind = kind;
  failure.task = task;
  failure.dim = dim;
  return Infinity;
}
