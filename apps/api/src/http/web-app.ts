import { existsSync } from "node:fs";
import path from "node:path";
import express, { type Router } from "express";

/** Serves the built web app; unknown non-API paths get index.html so client-side routes reload. */
export function mountWebApp(router: Router, webDist: string): boolean {
  const index = path.join(webDist, "index.html");
  if (!existsSync(index)) return false;
  router.use(
    express.static(webDist, {
      index: false,
      setHeaders(res, file) {
        const name = path.basename(file);
        if (name === "sw.js" || name === "index.html" || name.endsWith(".webmanifest")) res.setHeader("Cache-Control", "no-cache");
        else if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
      },
    }),
  );
  router.get(/^\/(?!api\/|api$|healthz$|readyz$).*/, (req, res, next) => {
    if (!req.accepts("html")) return next();
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(index);
  });
  return true;
}
