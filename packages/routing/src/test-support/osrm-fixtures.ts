/**
 * Real responses recorded from `osrm-routed` v26.4.1 (MLD, car profile) over the
 * 2013 OpenStreetMap extract of Andorra; see `fixtures/README.md`.
 * Data © OpenStreetMap contributors, ODbL 1.0.
 */
import { readFileSync } from "node:fs";
import type { LonLat } from "../coordinate.js";
import type { OsrmTableResponse } from "../osrm/osrm-types.js";
import { parseOsrmPath } from "./http-test-server.js";

export interface OsrmFixture<Body = unknown> {
  request: string;
  status: number;
  response: Body;
  note: string;
}

export type FixtureName =
  | "table-andorra-25"
  | "table-andorra-sources-destinations"
  | "table-far-point-snapped"
  | "route-andorra-5"
  | "route-andorra-5-steps"
  | "nearest-andorra"
  | "error-nosegment-radius"
  | "error-too-big-table"
  | "error-invalid-value"
  | "error-invalid-query"
  | "error-invalid-annotation"
  | "error-invalid-service"
  | "error-invalid-version";

export function loadFixture<Body = unknown>(name: FixtureName): OsrmFixture<Body> {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8")) as OsrmFixture<Body>;
}

/** The coordinates a fixture's request was made with. */
export function fixtureCoordinates(fixture: OsrmFixture): LonLat[] {
  const parsed = parseOsrmPath(fixture.request);
  if (!parsed) throw new Error(`fixture request ${fixture.request} is not an OSRM path`);
  return parsed.coordinates;
}

/** The 25 Andorran towns and villages of `table-andorra-25`, with the recorded matrix. */
export function andorraTable(): { coordinates: LonLat[]; response: OsrmTableResponse } {
  const fixture = loadFixture<OsrmTableResponse>("table-andorra-25");
  return { coordinates: fixtureCoordinates(fixture), response: fixture.response };
}
