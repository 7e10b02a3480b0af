import { consoleOrganisations, type Actor } from "../../auth/actor.js";
import { ApiError } from "../../http/errors.js";

/** The organisation the caller's console shows: the side it speaks for in a partnership. */
export function consoleOrganisation(actor: Actor): string {
  const [id] = consoleOrganisations(actor);
  if (!id) throw new ApiError("forbidden", "choose the organisation your console shows first");
  return id;
}
