import type { NextFunction, Request, Response } from "express";

/** CORS is closed unless origins are listed: the web app is served from the API's own origin. */
export function cors(allowedOrigins: string) {
  const allowed = new Set(allowedOrigins.split(",").map((o) => o.trim()).filter(Boolean));
  return (req: Request, res: Response, next: NextFunction): void => {
    const origin = req.get("origin");
    if (!origin || !allowed.has(origin)) return next();
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Access-Control-Allow-Credentials", "true");
    res.setHeader("Vary", "Origin");
    if (req.method === "OPTIONS") {
      res.setHeader("Access-Control-Allow-Methods", "GET,POST,PUT,PATCH,DELETE");
      res.setHeader("Access-Control-Allow-Headers", "Content-Type,X-CSRF-Token,X-Request-Id");
      res.setHeader("Access-Control-Max-Age", "600");
      res.status(204).end();
      return;
    }
    next();
  };
}
