/**
 * Every error code the API answers with, in one place. Clients switch on `code`, never on text.
 * Answers are RFC 9457 problem details (`application/problem+json`).
 */
export const ERROR_CODES = {
  validation_failed: { status: 400, title: "The request is not valid", when: "a body, query or path parameter does not match its schema, holds text that cannot be stored (a NUL character, or invalid Unicode such as a lone UTF-16 surrogate) or nests more than 32 levels deep; `errors` lists each field. Fix the fields; retrying the same request will fail again." },
  malformed_json: { status: 400, title: "The body is not valid JSON", when: "the body could not be parsed as JSON." },
  unsupported_media_type: { status: 415, title: "Send JSON", when: "a body was sent with a Content-Type other than application/json." },
  payload_too_large: { status: 413, title: "The body is too large", when: "the body exceeds the size limit (1 MB)." },
  unauthenticated: { status: 401, title: "Sign in first", when: "no valid session: sign in again. An offline client keeps its queued changes and replays them after signing in." },
  invalid_credentials: { status: 401, title: "Wrong e-mail or password", when: "the e-mail/password pair or the one-time code is wrong (or its account is disabled)." },
  login_code_used: { status: 401, title: "This code has already been used", when: "the one-time code was used to sign in before: codes work once. Ask the coordinator for a new one." },
  login_code_expired: { status: 401, title: "This code is too old", when: "the one-time code is past its validity, or a newer code replaced it. Ask the coordinator for a new one." },
  csrf_failed: { status: 403, title: "Missing or wrong X-CSRF-Token", when: "an unsafe request came without the session's CSRF token: fetch GET /api/auth/me and retry with its csrfToken." },
  forbidden: { status: 403, title: "Not allowed", when: "the signed-in person's role does not allow this action." },
  not_found: { status: 404, title: "Not found", when: "the resource does not exist or is not visible to the signed-in person." },
  route_not_found: { status: 404, title: "No such endpoint", when: "no route matches the method and path; see /api/openapi.json." },
  conflict: { status: 409, title: "Conflict", when: "the change conflicts with the current state (duplicate, concurrent change); `detail` says which." },
  too_many_requests: { status: 429, title: "Too many attempts", when: "too many sign-in attempts from this address; wait for the Retry-After seconds." },
  not_ready: { status: 503, title: "Not ready", when: "the database is unreachable or migrations are pending." },
  order_locked: { status: 409, title: "Orders for this passage are closed", when: "the passage's order cutoff has passed (`detail` gives it): the order can no longer be placed, changed or cancelled; call the coordinator." },
  late_reason_required: { status: 422, title: "Say why the order is taken after the cutoff", when: "a coordinator takes or changes an order after the passage's cutoff without `lateReason`: send it again with the reason (e.g. \"called this morning, was in hospital\")." },
  round_left: { status: 409, title: "The round has left", when: "the passage's round is in progress or closed: its orders can no longer be placed or changed; take the order for the next passage." },
  passage_closed: { status: 409, title: "This passage will not take place", when: "the passage was cancelled or skipped; choose another passage (GET /api/passages)." },
  stock_exhausted: { status: 409, title: "Not enough stock", when: "a line asks for more than the round still carries; `errors` gives what is left per line. Lower the quantities or send onShortage \"reduce\"." },
  credit_cap_exceeded: { status: 422, title: "Monthly credit exceeded", when: "the order would take the household over its monthly credit; `detail` gives the credit left and by how much the order goes over. Remove or lower lines." },
  beyond_household_limit: { status: 422, title: "Beyond what the household can order this month", when: "a relay's order would take the household beyond what it may order this month. Relays are not told the household's limits or what is left: the grocery's coordination is told and calls. Remove some lines, or wait for the call." },
  offer_unavailable: { status: 422, title: "Not offered on this passage", when: "a line's offer is not offered on this passage's round (inactive, or no stock planned); `errors` names the lines. See GET /api/passages/{id}/catalogue." },
  bakery_closed: { status: 422, title: "The bakery is closed that day", when: "a line asks for bread from a bakery that declares opening hours and none on the passage's weekday: nobody would collect it. `detail` names the bakery and the weekday, `errors` the lines: remove the bread, or order it for a passage on another day. See GET /api/passages/{id}/catalogue (`closedBakeries`)." },
  import_invalid: { status: 422, title: "The file has errors", when: "a CSV import found errors (`errors` lists them by line and column); nothing was imported. Fix the file and send it again; POST …/preview shows every error." },
  planning_in_progress: { status: 409, title: "A planning run is already active for this date", when: "another run for the same organisation and date is queued or running (`detail` gives its id): follow it (GET /api/planning-jobs/{id}) or cancel it, then start again." },
  no_published_round: { status: 422, title: "No published round to re-plan", when: "a breakdown was reported for a vehicle whose round of that date is not published or under way (`errors` names `vehicleId`): only a round drivers follow can be re-planned after a breakdown; choose one of the day's published rounds." },
  nothing_to_plan: { status: 422, title: "Nothing to plan", when: "the organisation has no scheduled passage on that date: generate passages from a tour template (POST /api/tour-templates/{id}/generate) first." },
  no_plan_to_publish: { status: 409, title: "No plan awaits a decision", when: "the run's plan was stored directly (the day was not published), or was already published, discarded or replaced by a newer run: read the day (GET /api/planning/{date}) and plan again if needed." },
  plan_outdated: { status: 409, title: "The day changed since this plan was computed", when: "a round of the day was reordered, published or started, or an order added or removed a stop, after the run: the published plan stays; plan the day again and publish the new result." },
  job_finished: { status: 409, title: "The planning run is over", when: "the run has already succeeded, failed or been cancelled: there is nothing to cancel; start a new run if needed." },
  tour_started: { status: 409, title: "The tour has started", when: "the tour is in progress or closed: its order can no longer be changed by planning; adjust the remaining stops with the driver." },
  own_car: { status: 422, title: "A volunteer's own car goes out only with its owner", when: "a round on a volunteer's own car (a vehicle with an owner) was to be handed to another driver: the car stays with its owner; report it broken down (POST /api/planning/{date}/breakdowns) to re-plan its stops onto the other rounds." },
  driver_not_free: { status: 409, title: "This driver cannot take the round", when: "the driver chosen to take a round is not available that day, is available at other hours only, or drives another round at that time (`errors` names `driverId`): choose a driver GET /api/tours/{id}/drivers lists as free, or change their availability first." },
  geocoding_unavailable: { status: 503, title: "Address search unavailable; place the pin on the map instead", when: "the address service (TOURNEE_GEOCODER_URL) did not answer in time or answered something unreadable; `detail` says which. Place the pin by hand, or try again later." },
  geocoding_off: { status: 404, title: "Address search is switched off; place the pin on the map instead", when: "this server has no address service (TOURNEE_GEOCODER_URL=none): place the pin by hand on the map." },
  conflict_resolved: { status: 409, title: "This conflict is already resolved", when: "another coordinator (or an earlier request) resolved this sync conflict; `detail` says who, when and how. Reload the list: there is nothing left to do." },
  alert_acknowledged: { status: 409, title: "This wellbeing concern is already acknowledged", when: "another coordinator (or an earlier request) acknowledged it; `detail` says who and when. Reload the list and read their follow-up." },
  rounds_to_come: { status: 409, title: "Rounds to come depend on it", when: "a vehicle or driver still has published or in-progress rounds from today on; `detail` lists their dates (YYYY-MM-DD): re-plan those rounds with another vehicle or driver, then retry." },
  site_in_use: { status: 409, title: "Vehicles start from this site", when: "a site cannot be retired while vehicles in service start from it; `detail` names them: give them another home site (PATCH /api/vehicles/{id}), then retry." },
  credit_limit_reached: { status: 422, title: "Beyond the paying member's credit limit", when: "a mutual-credit transfer (a claim recorded or accepted, a counter-entry) would take the paying member below its credit limit; `detail` says how much it may still spend. The member repays by giving services to others, or the network's administrator raises its limit." },
  credit_ceiling_reached: { status: 422, title: "Beyond the receiving member's ceiling", when: "a mutual-credit transfer would take the receiving member above its ceiling; `detail` says how much it may still receive. The member spends its credit with others first, or the administrator raises its ceiling." },
  balance_outside_limits: { status: 422, title: "The balance is already beyond these limits", when: "new limits for a mutual-credit account would leave its current balance outside them; `detail` gives the balance. Choose limits that include it." },
  claim_decided: { status: 409, title: "This claim is already decided", when: "a mutual-credit claim was already accepted, disputed or withdrawn (by another coordinator, or an earlier request); `detail` says how. Reload: an accepted claim is posted once, whatever the number of requests." },
  supply_below_ordered: { status: 409, title: "More is already ordered", when: "a producer declared less than residents already ordered for that date; `errors` gives, per line, how many are ordered: declare at least that much, or call the grocery." },
  orders_closed: { status: 409, title: "Orders are closed for this date", when: "the orders of that delivery date have closed (`detail` says when): the purchase order is final; call the grocery's coordination to change anything." },
  last_admin: { status: 409, title: "The platform would be left without an administrator", when: "taking the admin role from, or disabling, the last active administrator (yourself included) would leave nobody to manage organisations and accounts: give the admin role to someone else first." },
  internal: { status: 500, title: "Internal error", when: "an unexpected error; it is logged with the request id given in `requestId`." },
} as const satisfies Record<string, { status: number; title: string; when: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldError {
  in: "body" | "query" | "path" | "header";
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? ERROR_CODES[code].title);
    this.name = "ApiError";
    this.status = ERROR_CODES[code].status;
  }
}

export const notFound = (what: string): ApiError => new ApiError("not_found", `${what} not found`);
export const forbidden = (detail: string): ApiError => new ApiError("forbidden", detail);
