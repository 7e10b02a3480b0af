/** Configuration from the environment, validated once at start with messages that say what to fix. */
import { BAN_DEFAULT_URL } from "@tournee/routing";
import { z } from "zod";
import { MESSAGING_ENV } from "./use-cases/notifications/messaging-env.js";

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  TOURNEE_DATA_DIR: z.string().default("./data"),
  /** Set to a hop count (e.g. 1) behind a reverse proxy, so client addresses are seen. */
  TRUST_PROXY: z.coerce.number().int().min(0).default(0),
  /** Comma-separated origins allowed to call the API from a browser; empty = same origin only. */
  CORS_ORIGINS: z.string().default(""),
  /** Mark the session cookie Secure (on by default in production). */
  SECURE_COOKIES: z.enum(["auto", "true", "false"]).default("auto"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.string().default("development"),
  OSRM_URL: z.url().optional(),
  OSRM_PROFILE: z.string().default("car"),
  /**
   * Map background: a raster z/x/y template, or "none" for a plain background. Default: the IGN's
   * Plan IGN from the Géoplateforme (open licence, no key), except under NODE_ENV=test, where
   * nothing leaves the machine unless a URL is given. TILES_PATH wins over it.
   */
  TILE_URL: z.string().optional(),
  TILE_ATTRIBUTION: z.string().optional(),
  /** "allowed" only when the tile source's terms allow bulk prefetching (self-hosted tiles); never for tile.openstreetmap.org. */
  TILE_PREFETCH: z.enum(["allowed", "forbidden"]).default("forbidden"),
  /** Folder of self-hosted vector tiles (`z/x/y.pbf`, built by infra/tiles): served at /tiles and drawn on every map. */
  TILES_PATH: z.string().optional(),
  TOURNEE_SEED: z.enum(["demo", "none"]).default("demo"),
  /** Key of the one-time sign-in codes' hashes; default: `secret.key` in TOURNEE_DATA_DIR, made on first start. */
  TOURNEE_SECRET: z.string().min(32, "TOURNEE_SECRET must be at least 32 characters (e.g. from `openssl rand -hex 32`)").optional(),
  /**
   * Address search: a BAN-compatible search API (api-adresse.data.gouv.fr, data.geopf.fr/geocodage or a
   * self-hosted addok), or "none" to switch it off. Default: the public BAN, except under NODE_ENV=test,
   * where nothing leaves the machine unless a URL is given.
   */
  TOURNEE_GEOCODER_URL: z.union([z.url(), z.literal("none")]).optional(),
  TOURNEE_GEOCODER_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(4000),
  ...MESSAGING_ENV,
});

export type Config = Omit<z.infer<typeof EnvSchema>, "TOURNEE_GEOCODER_URL" | "TILE_URL" | "TILE_ATTRIBUTION"> & {
  TOURNEE_GEOCODER_URL: string;
  /** The raster background's template, resolved: undefined for a plain background. */
  TILE_URL: string | undefined;
  TILE_ATTRIBUTION: string;
  webDist?: string | undefined;
};

/** Plan IGN v2 from the Géoplateforme's public WMTS, in Web Mercator (see the README for its terms). */
export const PLAN_IGN_URL =
  "https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}";
export const PLAN_IGN_ATTRIBUTION = "© IGN – Plan IGN";

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join("\n")}`);
  }
  const geocoder = parsed.data.TOURNEE_GEOCODER_URL ?? (parsed.data.NODE_ENV === "test" ? "none" : BAN_DEFAULT_URL);
  const tileSetting = parsed.data.TILE_URL?.trim() || (parsed.data.NODE_ENV === "test" ? "none" : PLAN_IGN_URL);
  const tileUrl = tileSetting === "none" ? undefined : tileSetting;
  if (tileUrl && !(/^(https?:\/\/|\/)/.test(tileUrl) && ["{z}", "{x}", "{y}"].every((part) => tileUrl.includes(part)))) {
    throw new Error(`invalid configuration:\n  TILE_URL: expected "none" or a tile template with {z}, {x} and {y}, e.g. https://tiles.example.org/{z}/{x}/{y}.png`);
  }
  const attribution = parsed.data.TILE_ATTRIBUTION ?? (tileUrl === PLAN_IGN_URL ? PLAN_IGN_ATTRIBUTION : "© OpenStreetMap contributors");
  return { ...parsed.data, TOURNEE_GEOCODER_URL: geocoder, TILE_URL: tileUrl, TILE_ATTRIBUTION: attribution };
}
