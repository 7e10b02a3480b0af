/** The built web app is sent as its precompressed copy the browser accepts, brotli first, and as is otherwise. */
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptedEncodings, mountWebApp } from "./web-app.js";

const script = `console.log(${JSON.stringify("tournée ".repeat(400))});`;
const page = `<!doctype html><title>Tournée</title>${"<p>Bonjour</p>".repeat(200)}`;
let dir: string;
let server: Server;
let base: string;

function get(pathname: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${pathname}`, { headers: { accept: "text/html,*/*", ...(acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding }) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "tournee-web-app-"));
  await mkdir(path.join(dir, "assets"));
  for (const [file, content] of [["index.html", page], ["assets/app-1234.js", script]] as const) {
    await writeFile(path.join(dir, file), content);
    await writeFile(path.join(dir, `${file}.br`), brotliCompressSync(content));
    await writeFile(path.join(dir, `${file}.gz`), gzipSync(content));
  }
  await writeFile(path.join(dir, "icon.svg"), "<svg/>");
  const app = express();
  const router = express.Router();
  mountWebApp(router, dir);
  app.use(router);
  server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

describe("serving the web app", () => {
  it("sends brotli when the browser accepts it, even listed after gzip, with the asset's type and cache", async () => {
    const res = await get("/assets/app-1234.js", "gzip, deflate, br, zstd");
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toMatch(/javascript/);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
    expect(res.body.length).toBeLessThan(script.length / 3);
  });

  it("sends gzip when brotli is not accepted, and the file as is when nothing is", async () => {
    const gz = await get("/assets/app-1234.js", "gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(script);
    const plain = await get("/assets/app-1234.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    expect((await get("/assets/app-1234.js", "br;q=0, gzip;q=0")).headers["content-encoding"]).toBeUndefined();
  });

  it("sends the compressed page for the app's own routes, never cached, and small files as they are", async () => {
    const route = await get("/coordination/semaine", "br");
    expect([route.status, route.headers["content-encoding"], route.headers["cache-control"]]).toEqual([200, "br", "no-cache"]);
    expect(brotliDecompressSync(route.body).toString()).toBe(page);
    const icon = await get("/icon.svg", "br");
    expect([icon.status, icon.headers["content-encoding"], icon.body.toString()]).toEqual([200, undefined, "<svg/>"]);
    // A path outside the build is never looked up: the app's page answers it, as any unknown route.
    expect(brotliDecompressSync((await get("/assets/..%2F..%2Fetc%2Fpasswd", "br")).body).toString()).toBe(page);
  });

  it("reads Accept-Encoding with its weights", () => {
    expect([...acceptedEncodings("gzip, deflate, br;q=0.5")]).toEqual(["gzip", "deflate", "br"]);
    expect([...acceptedEncodings("br;q=0, gzip")]).toEqual(["gzip"]);
    expect(acceptedEncodings(undefined).size).toBe(0);
  });
});
