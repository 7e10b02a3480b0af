/**
 * OSRM connection settings and their defaults; `osrmConfigFromEnv` reads them
 * from `OSRM_URL`, `OSRM_PROFILE`, `OSRM_TIMEOUT_MS`, `OSRM_RETRIES`,
 * `OSRM_MAX_TABLE_SIZE` and `OSRM_CONCURRENCY`.
 */
import type { OsrmHttpOptions } from "./osrm-http.js";

export interface OsrmConfig {
  url: string;
  /** Default `driving`. */
  profile?: string;
  /** Per HTTP attempt. Default 30 000 ms. */
  timeoutMs?: number;
  /** Default 2 retries. */
  retries?: number;
  /** Default 250 ms. */
  retryBaseDelayMs?: number;
  /** The server's `--max-table-size`: a block has at most this squared cells. Default 100 (OSRM's default). */
  maxTableSize?: number;
  /** Table blocks in flight at once. Default 4. */
  concurrency?: number;
  onRequest?: (url: string) => void;
}

export interface ResolvedOsrmConfig extends OsrmHttpOptions {
  maxTableSize: number;
  concurrency: number;
}

export const OSRM_DEFAULTS = {
  profile: "driving",
  timeoutMs: 30_000,
  retries: 2,
  retryBaseDelayMs: 250,
  maxTableSize: 100,
  concurrency: 4,
} as const;

export function resolveOsrmConfig(config: OsrmConfig): ResolvedOsrmConfig {
  let url: URL | undefined;
  try {
    url = new URL(config.url);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw new TypeError(`OSRM URL "${config.url}" is not a valid URL (expected e.g. http://localhost:5000)`);
  }
  const resolved: ResolvedOsrmConfig = {
    url: url.href.replace(/\/+$/, ""),
    profile: config.profile ?? OSRM_DEFAULTS.profile,
    timeoutMs: positive(config.timeoutMs, OSRM_DEFAULTS.timeoutMs, "timeoutMs"),
    retries: nonNegative(config.retries, OSRM_DEFAULTS.retries, "retries"),
    retryBaseDelayMs: nonNegative(config.retryBaseDelayMs, OSRM_DEFAULTS.retryBaseDelayMs, "retryBaseDelayMs"),
    maxTableSize: positive(config.maxTableSize, OSRM_DEFAULTS.maxTableSize, "maxTableSize"),
    concurrency: positive(config.concurrency, OSRM_DEFAULTS.concurrency, "concurrency"),
  };
  if (config.onRequest) resolved.onRequest = config.onRequest;
  return resolved;
}

/** `undefined` when `OSRM_URL` is unset or empty: the caller then plans with the estimate. */
export function osrmConfigFromEnv(env: Record<string, string | undefined> = process.env): OsrmConfig | undefined {
  const url = env.OSRM_URL?.trim();
  if (!url) return undefined;
  const config: OsrmConfig = { url };
  if (env.OSRM_PROFILE) config.profile = env.OSRM_PROFILE;
  const numbers = {
    timeoutMs: env.OSRM_TIMEOUT_MS,
    retries: env.OSRM_RETRIES,
    maxTableSize: env.OSRM_MAX_TABLE_SIZE,
    concurrency: env.OSRM_CONCURRENCY,
  } as const;
  for (const [key, raw] of Object.entries(numbers)) {
    if (raw === undefined || raw === "") continue;
    const value = Number(raw);
    if (!Number.isFinite(value)) throw new TypeError(`environment variable for ${key} must be a number, got "${raw}"`);
    config[key as keyof typeof numbers] = value;
  }
  return config;
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new TypeError(`OSRM ${name} must be a positive number, got ${value}`);
  return Math.floor(value);
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw new TypeError(`OSRM ${name} must be zero or more, got ${value}`);
  return value;
}
