/**
 * One OSRM HTTP call: builds the v5 URL, applies the timeout, retries with
 * exponential backoff on connection errors, timeouts and 5xx (never on 4xx),
 * and turns OSRM's error bodies into {@link OsrmResponseError}.
 */
import { formatLonLat, type LonLat } from "../coordinate.js";
import { RoutingUnavailableError } from "../errors.js";
import type { OsrmErrorBody } from "./osrm-types.js";

export interface OsrmHttpOptions {
  /** Base URL of `osrm-routed`, e.g. `http://localhost:5000`. */
  url: string;
  /** Profile segment of the URL; `osrm-routed` serves one profile per process and ignores it. */
  profile: string;
  timeoutMs: number;
  /** Further attempts after the first one, for retryable failures only. */
  retries: number;
  /** Delay before retry n is `retryBaseDelayMs × 2^(n-1)`, plus up to 20 % jitter. */
  retryBaseDelayMs: number;
  /** Called once per HTTP attempt (for counting in benchmarks and tests). */
  onRequest?: (url: string) => void;
}

/** OSRM answered with an error code (4xx, or 200 with a code other than `Ok`). Not retried. */
export class OsrmResponseError extends Error {
  constructor(
    readonly status: number,
    readonly osrmCode: string,
    readonly osrmMessage: string,
  ) {
    super(`OSRM ${osrmCode} (HTTP ${status}): ${osrmMessage}`);
    this.name = "OsrmResponseError";
  }
}

class RetryableFailure extends Error {
  constructor(
    readonly reason: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
  }
}

export function buildOsrmUrl(
  options: Pick<OsrmHttpOptions, "url" | "profile">,
  service: string,
  coordinates: readonly LonLat[],
  query: Record<string, string>,
): string {
  const base = options.url.replace(/\/+$/, "");
  const path = `${base}/${service}/v1/${encodeURIComponent(options.profile)}/${coordinates.map(formatLonLat).join(";")}`;
  const search = Object.entries(query)
    .map(([key, value]) => `${key}=${value}`)
    .join("&");
  return search ? `${path}?${search}` : path;
}

export async function osrmGet<T>(
  options: OsrmHttpOptions,
  service: string,
  coordinates: readonly LonLat[],
  query: Record<string, string>,
): Promise<T> {
  const url = buildOsrmUrl(options, service, coordinates, query);
  let lastFailure: RetryableFailure | undefined;
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    if (attempt > 0) await sleep(backoffDelay(options.retryBaseDelayMs, attempt));
    try {
      return await attemptOnce<T>(options, url);
    } catch (error) {
      if (!(error instanceof RetryableFailure)) throw error;
      lastFailure = error;
    }
  }
  throw new RoutingUnavailableError(options.url, lastFailure?.reason ?? "no answer", {
    cause: lastFailure?.cause,
    ...(lastFailure?.status === undefined ? {} : { status: lastFailure.status }),
  });
}

async function attemptOnce<T>(options: OsrmHttpOptions, url: string): Promise<T> {
  options.onRequest?.(url);
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs), headers: { accept: "application/json" } });
    text = await response.text();
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    throw new RetryableFailure(timedOut ? `no answer within ${options.timeoutMs} ms` : connectionReason(error), undefined, {
      cause: error,
    });
  }
  if (response.status >= 500) throw new RetryableFailure(`HTTP ${response.status}`, response.status);
  const body = parseJson(text);
  if (response.status >= 400 || !body || body.code !== "Ok") {
    const code = typeof body?.code === "string" ? body.code : `HTTP${response.status}`;
    throw new OsrmResponseError(response.status, code, typeof body?.message === "string" ? body.message : text.slice(0, 200));
  }
  return body as T;
}

function parseJson(text: string): OsrmErrorBody | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" ? (value as OsrmErrorBody) : undefined;
  } catch {
    return undefined;
  }
}

/** `ECONNREFUSED`, `ENOTFOUND`, `bad port`…: the most specific reason `fetch` gives. */
export function connectionReason(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : "connection failed");
}

function backoffDelay(baseMs: number, attempt: number): number {
  const delay = baseMs * 2 ** (attempt - 1);
  return delay + Math.random() * delay * 0.2;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
