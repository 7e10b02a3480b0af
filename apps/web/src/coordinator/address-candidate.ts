/** An answer of the address search (GET /api/geocoding/search), read defensively. */
export interface AddressCandidate {
  label: string;
  /** House number and street, or the lieu-dit; absent when only the commune matched. */
  street?: string | undefined;
  postcode?: string | undefined;
  city?: string | undefined;
  citycode?: string | undefined;
  latitude: number;
  longitude: number;
  score: number;
  kind: string;
  /** A lieu-dit placed at its centre, only the commune, or a low score: the pin needs a look. */
  needsConfirmation: boolean;
}

const text = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

export function parseAddressCandidates(body: unknown): AddressCandidate[] {
  if (!Array.isArray(body)) throw new TypeError("address search: expected a list");
  return body.map((raw: Record<string, unknown>) => {
    const { label, latitude, longitude, score, kind } = raw;
    if (typeof label !== "string" || typeof latitude !== "number" || typeof longitude !== "number") throw new TypeError("address search: a candidate has no label or position");
    return {
      label, latitude, longitude, score: typeof score === "number" ? score : 0, kind: text(kind) ?? "municipality", needsConfirmation: raw.needsConfirmation === true,
      street: text(raw.street), postcode: text(raw.postcode), city: text(raw.city), citycode: text(raw.citycode),
    };
  });
}
