/**
 * `@tournee/routing/geocoding`: address → position, for callers (such as the
 * web app) that need geocoding without the routing client.
 */
export { BanGeocoder, BAN_DEFAULT_URL, type BanGeocoderOptions } from "./ban-geocoder.js";
export { pinnedPosition, type Geocoder, type AddressQuery, type PositionCandidate, type PlaceKind } from "./geocoder.js";
