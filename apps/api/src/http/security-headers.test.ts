import type { AddressInfo } from "node:net";
import express from "express";
import { describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers.js";

/** Headers of GET / on a bare app behind one trusted proxy hop, with this SECURE_COOKIES. */
async function headers(SECURE_COOKIES: "auto" | "true" | "false", forwardedProto?: string): Promise<Headers> {
  const app = express();
  app.set("trust proxy", 1);
  app.use(securityHeaders({ SECURE_COOKIES, TILE_URL: undefined }));
  app.get("/", (_req, res) => void res.send("ok"));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { headers: forwardedProto ? { "x-forwarded-proto": forwardedProto } : {} });
    return res.headers;
  } finally {
    server.close();
  }
}

describe("security headers", () => {
  it("send HSTS and upgrade-insecure-requests only behind HTTPS, so a plain-http network deployment works", async () => {
    for (const plain of [await headers("auto"), await headers("false", "https")]) {
      expect(plain.get("strict-transport-security")).toBeNull();
      expect(plain.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
      expect(plain.get("content-security-policy")).toContain("default-src 'self'");
    }
    for (const secure of [await headers("auto", "https"), await headers("true")]) {
      expect(secure.get("strict-transport-security")).toMatch(/max-age=\d+/);
      expect(secure.get("content-security-policy")).toContain("upgrade-insecure-requests");
    }
  });

  it("let the app itself use geolocation, and nothing else", async () => {
    const policy = (await headers("auto")).get("permissions-policy") ?? "";
    expect(policy).toContain("geolocation=(self)");
    expect(policy).toMatch(/camera=\(\)/);
    expect(policy).toMatch(/microphone=\(\)/);
    expect(policy).toMatch(/payment=\(\)/);
    expect(policy.split(", ").filter((p) => !p.endsWith("=()"))).toEqual(["geolocation=(self)"]);
  });
});
