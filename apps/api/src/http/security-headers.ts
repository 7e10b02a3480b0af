/**
 * Security headers (helmet), with what depends on HTTPS sent only over HTTPS: Strict-Transport-
 * Security and the CSP's `upgrade-insecure-requests` would break a plain-http deployment on a
 * village hall's network (the browser would then refuse or rewrite every request). Whether a
 * request came over HTTPS is the same question the session cookie's `Secure` asks:
 * SECURE_COOKIES `true` or `false` says so for every request, `auto` trusts the connection (or
 * X-Forwarded-Proto through TRUST_PROXY hops).
 *
 * Permissions-Policy lets the app itself use geolocation (the driver's position on the map) and
 * nothing else: a feature the app starts to use is added to ALLOWED.
 */
import type { NextFunction, Request, Response } from "express";
import helmet from "helmet";
import { tileOrigin } from "../use-cases/maps/map-background.js";
import type { Config } from "../config.js";

export function overHttps(req: Request, config: Pick<Config, "SECURE_COOKIES">): boolean {
  if (config.SECURE_COOKIES !== "auto") return config.SECURE_COOKIES === "true";
  return req.secure;
}

const ALLOWED = { geolocation: "(self)" };
const DENIED = [
  "accelerometer", "autoplay", "bluetooth", "camera", "display-capture", "encrypted-media", "fullscreen", "gyroscope", "hid", "idle-detection",
  "magnetometer", "microphone", "midi", "payment", "picture-in-picture", "publickey-credentials-get", "screen-wake-lock", "serial", "usb", "xr-spatial-tracking",
];
export const PERMISSIONS_POLICY = [...Object.entries(ALLOWED).map(([f, v]) => `${f}=${v}`), ...DENIED.map((f) => `${f}=()`)].join(", ");

export function securityHeaders(config: Pick<Config, "SECURE_COOKIES" | "TILE_URL" | "TILES_PATH">) {
  // Self-hosted vector tiles come from this origin; a raster tile server's origin is allowed.
  const directives = contentSecurityPolicy(config.TILES_PATH ? undefined : tileOrigin(config.TILE_URL));
  const secure = helmet({ contentSecurityPolicy: { directives } });
  const plain = helmet({ contentSecurityPolicy: { directives: { ...directives, upgradeInsecureRequests: null } }, strictTransportSecurity: false });
  return (req: Request, res: Response, next: NextFunction): void => {
    res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    (overHttps(req, config) ? secure : plain)(req, res, next);
  };
}

function contentSecurityPolicy(tileOrigin: string | undefined) {
  return {
    defaultSrc: ["'self'"],
    imgSrc: ["'self'", "data:", "blob:", ...(tileOrigin ? [tileOrigin] : [])],
    connectSrc: ["'self'", ...(tileOrigin ? [tileOrigin] : [])],
    styleSrc: ["'self'", "'unsafe-inline'"],
    workerSrc: ["'self'"],
    manifestSrc: ["'self'"],
  };
}
