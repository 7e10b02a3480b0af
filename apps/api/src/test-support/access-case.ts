/**
 * One row of the route × role table: a request built from the test world, and the status each
 * person must get. People not listed get `otherwise`. See routes/access.test.ts.
 */
import type { World } from "./world.js";

export type Who = "anonymous" | keyof World["users"];
export const PEOPLE: Who[] = ["anonymous", "admin", "coordA", "coordB", "driverA1", "driverA2", "referrer", "relay", "resident", "producer"];

export interface AccessCase {
  /** "METHOD /express/path", as in the route definition. */
  route: string;
  request(w: World): { method: string; path: string; json?: unknown };
  expect: Partial<Record<Who, number>>;
  otherwise: number;
}

/** Every signed-in person gets `status` (anonymous callers get `otherwise`, usually 401). */
export const signedIn = (status: number): Partial<Record<Who, number>> =>
  Object.fromEntries(PEOPLE.filter((p) => p !== "anonymous").map((p) => [p, status]));
