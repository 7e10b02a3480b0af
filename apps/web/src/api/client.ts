import { ProblemSchema } from "@tournee/domain";
import { ApiError } from "./api-error";
import { connectivity } from "../pwa/use-online";
import { parseRetryAfter } from "./retry-after";

/**
 * The one way the web app talks to the API. Sends the session cookie (same origin),
 * adds `X-CSRF-Token` to every unsafe request once a session gave a token, and turns
 * every failure into an {@link ApiError} carrying the server's problem details.
 */
export interface ApiClient {
  get<T>(path: string, parse: (body: unknown) => T): Promise<T>;
  send<T>(method: UnsafeMethod, path: string, body: unknown, parse: (body: unknown) => T): Promise<T>;
  setCsrfToken(token: string | undefined): void;
  /**
   * Called when a call other than signing in answers 401 (`unauthenticated`): the session ended
   * (expired, signed out elsewhere). The session layer uses it to send the person to the login page.
   */
  onSessionEnded(handler: (() => void) | undefined): void;
}

export type UnsafeMethod = "POST" | "PUT" | "PATCH" | "DELETE";

export interface ApiClientOptions {
  /** Origin of the API; "" means the page's own origin, as in production. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Told after each call whether the server answered at all (feeds the online indicator). */
  onReachability?: (reachable: boolean) => void;
}

export function createApiClient({
  baseUrl = "",
  fetch: doFetch = globalThis.fetch.bind(globalThis),
  onReachability = () => {},
}: ApiClientOptions = {}): ApiClient {
  let csrfToken: string | undefined;
  let sessionEnded: (() => void) | undefined;

  async function request<T>(method: string, path: string, body: unknown, parse: (body: unknown) => T): Promise<T> {
    // The session this call was made in: a 401 to a call made before the person signed in (the
    // page's first "who is signed in?", still on its way) says nothing about the new session.
    const sentWith = csrfToken;
    const headers: Record<string, string> = { Accept: "application/json, application/problem+json" };
    if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method,
        headers,
        credentials: "same-origin",
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (cause) {
      onReachability(false);
      throw new ApiError({ kind: "network", cause });
    }
    onReachability(true);
    if (response.status === 401 && !path.startsWith("/api/auth/login") && csrfToken === sentWith) sessionEnded?.();
    if (!response.ok) throw await errorFrom(response);
    if (response.status === 204) return parse(undefined);
    return parse(await response.json());
  }

  return {
    get: (path, parse) => request("GET", path, undefined, parse),
    send: (method, path, body, parse) => request(method, path, body, parse),
    setCsrfToken: (token) => {
      csrfToken = token;
    },
    onSessionEnded: (handler) => {
      sessionEnded = handler;
    },
  };
}

async function errorFrom(response: Response): Promise<ApiError> {
  const retryAt = parseRetryAfter(response.headers.get("Retry-After"));
  const type = response.headers.get("Content-Type") ?? "";
  let problem;
  if (type.includes("json")) {
    const parsed = ProblemSchema.safeParse(await response.json().catch(() => undefined));
    if (parsed.success) problem = parsed.data;
  }
  return new ApiError({ kind: "http", status: response.status, problem, retryAt });
}

/** Parser for answers without a body (204). */
export const noContent = (): void => undefined;

/** The app's client, on the page's origin. */
export const api = createApiClient({ onReachability: connectivity.serverAnswered });
