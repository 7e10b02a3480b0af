/** The country rule of a postcode, for changes that send a postcode or a country without the other. */
import { normalisePostcode, postcodeProblem } from "@tournee/domain";
import { ApiError } from "../http/errors.js";

/**
 * The postcode as stored, or a 400 naming the field when it does not follow its country's rule.
 * @example checkPostcode("AD", " ad500 ") // "AD500"
 */
export function checkPostcode(country: string, postcode: string): string {
  const problem = postcodeProblem(country, postcode);
  if (problem) throw new ApiError("validation_failed", `${problem} (country ${country})`, [{ in: "body", path: "postcode", message: problem }]);
  return normalisePostcode(postcode, country);
}
