/**
 * Address search for placing halts and home drops: the query goes to the configured BAN-compatible
 * service and nothing else does (no household, no name). When the service is off, slow or answers
 * nonsense, the coordinator is told to place the pin by hand.
 */
import { BanGeocoder, RoutingError, type PositionCandidate } from "@tournee/routing";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import { ApiError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import type { AddressCandidateSchema, AddressSearchQuerySchema } from "./address-schemas.js";

type AddressCandidate = z.infer<typeof AddressCandidateSchema>;

export async function searchAddress({ services, query }: { services: Services; actor: Actor; query: z.output<typeof AddressSearchQuerySchema> }): Promise<AddressCandidate[]> {
  const { TOURNEE_GEOCODER_URL: baseUrl, TOURNEE_GEOCODER_TIMEOUT_MS: timeoutMs } = services.config;
  if (baseUrl === "none") throw new ApiError("geocoding_off", "this server has no address service (TOURNEE_GEOCODER_URL=none): place the pin on the map instead");
  try {
    const candidates = await new BanGeocoder({ baseUrl, timeoutMs }).search(query);
    return candidates.map(candidateView);
  } catch (error) {
    if (!(error instanceof RoutingError)) throw error;
    if (error.code === "INVALID_ADDRESS") throw new ApiError("validation_failed", error.message, [{ in: "query", path: "q", message: error.message }]);
    services.log.warn({ reason: error.details.reason, url: baseUrl }, "address service unavailable");
    throw new ApiError("geocoding_unavailable", `address search unavailable (${String(error.details.reason)}); place the pin on the map instead`);
  }
}

function candidateView(c: PositionCandidate): AddressCandidate {
  const [longitude, latitude] = c.coordinate;
  const view: AddressCandidate = { label: c.label, latitude, longitude, score: c.score, kind: c.kind, needsConfirmation: c.needsConfirmation };
  if (c.addressLine) view.street = c.addressLine;
  if (c.postcode) view.postcode = c.postcode;
  if (c.city) view.city = c.city;
  if (c.citycode) view.citycode = c.citycode;
  return view;
}
