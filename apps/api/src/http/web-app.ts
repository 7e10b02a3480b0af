import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import express, { type Request, type Response, type Router } from "express";

/** Encodings the build writes beside each text asset (apps/web/precompress.ts), best first. */
const ENCODINGS = [
  { name: "br", ext: ".br" },
  { name: "gzip", ext: ".gz" },
] as const;

/** The encodings the request accepts (q > 0), from `Accept-Encoding`; none when it is absent (send as is). */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? "").split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && (!q || Number(q.slice(2)) > 0)) accepted.add(name);
  }
  return accepted;
}

function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full, base) : [path.relative(base, full).split(path.sep).join("/")];
  });
}

function cacheControl(file: string): string | undefined {
  const name = path.posix.basename(file);
  if (name === "sw.js" || name === "index.html" || name.endsWith(".webmanifest")) return "no-cache";
  if (file.startsWith("assets/")) return "public, max-age=31536000, immutable";
  return undefined;
}

/**
 * Serves the built web app; unknown non-API paths get index.html so client-side routes reload.
 * A file the build precompressed is sent as its brotli or gzip copy when the browser accepts it.
 */
export function mountWebApp(router: Router, webDist: string): boolean {
  const index = path.join(webDist, "index.html");
  if (!existsSync(index)) return false;
  // Only files that exist at start are looked up: no path from a request reaches the file system unchecked.
  const present = new Set(filesUnder(webDist));
  const sendCompressed = (req: Request, res: Response, file: string): boolean => {
    const usable = ENCODINGS.filter((e) => present.has(file + e.ext)).map((e) => e.name);
    if (!usable.length) return false;
    res.vary("Accept-Encoding");
    // Brotli first whenever accepted: browsers list gzip first, and brotli is a fifth smaller.
    const accepted = acceptedEncodings(req.headers["accept-encoding"]);
    const encoding = ENCODINGS.find((e) => usable.includes(e.name) && (accepted.has(e.name) || accepted.has("*")));
    if (!encoding) return false;
    const cache = cacheControl(file);
    res.type(path.posix.extname(file));
    res.setHeader("Content-Encoding", encoding.name);
    if (cache) res.setHeader("Cache-Control", cache);
    res.sendFile(path.join(webDist, file + encoding.ext));
    return true;
  };
  router.use((req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    let file: string;
    try {
      file = decodeURIComponent(req.path).replace(/^\/+/, "");
    } catch {
      return next();
    }
    if (!present.has(file) || !sendCompressed(req, res, file)) next();
  });
  router.use(
    express.static(webDist, {
      index: false,
      setHeaders(res, file) {
        const cache = cacheControl(path.relative(webDist, file).split(path.sep).join("/"));
        if (cache) res.setHeader("Cache-Control", cache);
      },
    }),
  );
  router.get(/^\/(?!api\/|api$|healthz$|readyz$).*/, (req, res, next) => {
    if (!req.accepts("html")) return next();
    if (sendCompressed(req, res, "index.html")) return;
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(index);
  });
  return true;
}
