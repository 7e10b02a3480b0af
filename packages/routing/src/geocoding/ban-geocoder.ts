/**
 * {@link Geocoder} over the Base Adresse Nationale's search API
 * (`GET /search/?q=…&postcode=…&citycode=…&limit=…`, GeoJSON answer;
 * https://adresse.data.gouv.fr/outils/api-doc/adresse). The same API is served
 * by the IGN Géoplateforme at `https://data.geopf.fr/geocodage` and by a
 * self-hosted addok: only `baseUrl` changes. One attempt, no retry: a person
 * is waiting, and the manual pin is the fallback.
 */
import { GeocodingUnavailableError, InvalidAddressError } from "../errors.js";
import { connectionReason } from "../osrm/osrm-http.js";
import type { AddressQuery, Geocoder, PlaceKind, PositionCandidate } from "./geocoder.js";

export const BAN_DEFAULT_URL = "https://api-adresse.data.gouv.fr";

export interface BanGeocoderOptions {
  /** Default {@link BAN_DEFAULT_URL}. */
  baseUrl?: string;
  /** Default 5000 ms. */
  timeoutMs?: number;
  /** Below this score a candidate needs confirmation. Default 0.7. */
  confidentScore?: number;
}

interface BanFeature {
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: { label: string; score: number; type: string; name?: string; postcode?: string; citycode?: string; city?: string };
}

const isText = (v: unknown): v is string => typeof v === "string" && v.length > 0;

/** A feature this adapter can read: a point with finite coordinates, a label, a score and a type. */
function isBanFeature(value: unknown): value is BanFeature {
  const feature = value as Partial<BanFeature> | null;
  const coordinates = feature?.geometry?.coordinates;
  const properties = feature?.properties;
  return (
    Array.isArray(coordinates) &&
    coordinates.length >= 2 &&
    coordinates.slice(0, 2).every((c) => typeof c === "number" && Number.isFinite(c)) &&
    isText(properties?.label) &&
    typeof properties.score === "number" &&
    isText(properties.type)
  );
}

export class BanGeocoder implements Geocoder {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly confidentScore: number;

  constructor(options: BanGeocoderOptions = {}) {
    this.baseUrl = (options.baseUrl ?? BAN_DEFAULT_URL).replace(/\/+$/, "");
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.confidentScore = options.confidentScore ?? 0.7;
  }

  async search(query: AddressQuery): Promise<PositionCandidate[]> {
    const url = `${this.baseUrl}/search/?${searchParams(query)}`;
    let response: Response;
    let body: unknown;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs), headers: { accept: "application/json" } });
      body = response.ok ? await response.json() : undefined;
    } catch (error) {
      const timedOut = error instanceof Error && error.name === "TimeoutError";
      throw new GeocodingUnavailableError(this.baseUrl, timedOut ? `no answer within ${this.timeoutMs} ms` : connectionReason(error), { cause: error });
    }
    if (!response.ok) throw new GeocodingUnavailableError(this.baseUrl, `HTTP ${response.status}`);
    const features = (body as { features?: BanFeature[] } | undefined)?.features;
    if (!Array.isArray(features)) throw new GeocodingUnavailableError(this.baseUrl, "answer is not a GeoJSON FeatureCollection");
    if (!features.every(isBanFeature)) throw new GeocodingUnavailableError(this.baseUrl, "answer has a feature without a point, label, score or type");
    return features.map((feature) => this.toCandidate(feature)).sort((a, b) => b.score - a.score);
  }

  private toCandidate({ geometry, properties }: BanFeature): PositionCandidate {
    const kind = placeKind(properties.type);
    const candidate: PositionCandidate = {
      label: properties.label,
      coordinate: [geometry.coordinates[0], geometry.coordinates[1]],
      score: properties.score,
      kind,
      needsConfirmation: properties.score < this.confidentScore || kind === "locality" || kind === "municipality",
    };
    if (kind !== "municipality" && isText(properties.name)) candidate.addressLine = properties.name;
    if (properties.postcode) candidate.postcode = properties.postcode;
    if (properties.citycode) candidate.citycode = properties.citycode;
    if (properties.city) candidate.city = properties.city;
    return candidate;
  }
}

function searchParams(query: AddressQuery): string {
  const q = query.q.trim();
  if (q.length < 3 || q.length > 200) throw new InvalidAddressError("text", q, "3 to 200 characters");
  const params = new URLSearchParams({ q, limit: String(query.limit ?? 5) });
  if (query.postcode !== undefined) {
    if (!/^\d{5}$/.test(query.postcode)) throw new InvalidAddressError("postcode", query.postcode, "five digits");
    params.set("postcode", query.postcode);
  }
  if (query.citycode !== undefined) {
    if (!/^(\d{5}|2[AB]\d{3})$/.test(query.citycode)) throw new InvalidAddressError("INSEE code", query.citycode, "five characters, e.g. 15187 or 2A004");
    params.set("citycode", query.citycode);
  }
  return params.toString();
}

function placeKind(type: string): Exclude<PlaceKind, "manual"> {
  return type === "housenumber" || type === "street" || type === "locality" ? type : "municipality";
}
