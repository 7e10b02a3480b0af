/**
 * Port: address → position. A geocoder proposes candidates with a score; the
 * coordinator confirms one or drops a pin by hand (`pinnedPosition`), which
 * always works, with or without a network.
 */
import { assertLonLat, type LonLat } from "../coordinate.js";

export interface AddressQuery {
  /** Free text, e.g. "Lieu-dit La Borie, Saint-Cernin". 3 to 200 characters. */
  q: string;
  /** Five-digit postcode, to narrow the search. */
  postcode?: string;
  /** INSEE code of the commune (not the postcode), e.g. "15187" or "2A004". */
  citycode?: string;
  /** Candidates wanted, 1–20. Default 5. */
  limit?: number;
}

/** What the address matched: a door, a street, a lieu-dit or hamlet, or only the commune. */
export type PlaceKind = "housenumber" | "street" | "locality" | "municipality" | "manual";

export interface PositionCandidate {
  label: string;
  coordinate: LonLat;
  /** The service's confidence, 0–1; 1 for a pin placed by hand. */
  score: number;
  kind: PlaceKind;
  /** The line to write on an envelope above the postcode: "3 Route de Saint-Simon", or the lieu-dit; absent for a whole commune. */
  addressLine?: string;
  postcode?: string;
  citycode?: string;
  city?: string;
  /**
   * True when a person should look at the pin before it is used: a low score,
   * a lieu-dit or hamlet (placed at its centre), or only the commune found.
   */
  needsConfirmation: boolean;
}

export interface Geocoder {
  /** Candidates, best first; an empty list when nothing matched. */
  search(query: AddressQuery): Promise<PositionCandidate[]>;
}

/** The always-available path: a position the coordinator placed on the map. */
export function pinnedPosition(coordinate: LonLat, label: string): PositionCandidate {
  return { label, coordinate: assertLonLat(coordinate, label), score: 1, kind: "manual", needsConfirmation: false };
}
