import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "./api-error";
import { createApiClient, noContent } from "./client";

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;
let handler: Handler = (_req, _body, res) => res.end();
let server: Server;
let baseUrl = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => handler(req, body, res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const asJson = (body: unknown) => body as Record<string, unknown>;

describe("API client", () => {
  it("sends the CSRF token on unsafe requests only, once a session gave one", async () => {
    const seen: Array<{ method?: string; token?: string | string[] }> = [];
    handler = (req, _body, res) => {
      seen.push({ method: req.method, token: req.headers["x-csrf-token"] });
      res.writeHead(200, { "Content-Type": "application/json" }).end("{}");
    };
    const client = createApiClient({ baseUrl });
    await client.send("POST", "/api/x", {}, asJson);
    client.setCsrfToken("tok-1");
    await client.get("/api/x", asJson);
    await client.send("DELETE", "/api/x", undefined, asJson);
    expect(seen).toEqual([
      { method: "POST", token: undefined },
      { method: "GET", token: undefined },
      { method: "DELETE", token: "tok-1" },
    ]);
  });

  it("sends JSON bodies and reads 204 answers as nothing", async () => {
    let received = "";
    handler = (req, body, res) => {
      received = `${req.headers["content-type"]} ${body}`;
      res.writeHead(204).end();
    };
    await expect(createApiClient({ baseUrl }).send("POST", "/api/auth/logout", { a: 1 }, noContent)).resolves.toBeUndefined();
    expect(received).toBe('application/json {"a":1}');
  });

  it("turns problem details into an ApiError with messages per field", async () => {
    handler = (_req, _body, res) =>
      res.writeHead(400, { "Content-Type": "application/problem+json" }).end(
        JSON.stringify({
          type: "about:blank",
          title: "Invalid request",
          status: 400,
          code: "validation_failed",
          errors: [{ in: "body", path: "body.email", message: "Invalid email address" }],
        }),
      );
    const error = await createApiClient({ baseUrl }).send("POST", "/api/auth/login", {}, asJson).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.problem?.code).toBe("validation_failed");
    expect(apiError.fieldMessages()).toEqual({ email: "Invalid email address" });
  });

  it("reports an ended session on a 401, except for a refused sign-in", async () => {
    handler = (_req, _body, res) => res.writeHead(401, { "Content-Type": "application/problem+json" }).end("{}");
    const client = createApiClient({ baseUrl });
    let ended = 0;
    client.onSessionEnded(() => ended++);
    await client.send("POST", "/api/auth/login", {}, asJson).catch(() => undefined);
    await client.send("POST", "/api/auth/login-code", {}, asJson).catch(() => undefined);
    expect(ended).toBe(0);
    await client.get("/api/passages", asJson).catch(() => undefined);
    expect(ended).toBe(1);
  });

  it("does not end a session begun while an earlier call was on its way, when that call answers 401", async () => {
    handler = (_req, _body, res) => res.writeHead(401, { "Content-Type": "application/problem+json" }).end("{}");
    const client = createApiClient({ baseUrl });
    let ended = 0;
    client.onSessionEnded(() => ended++);
    const before = client.get("/api/auth/me", asJson).catch(() => undefined);
    client.setCsrfToken("token-of-the-new-session");
    await before;
    expect(ended).toBe(0);
    await client.get("/api/auth/me", asJson).catch(() => undefined);
    expect(ended).toBe(1);
  });

  it("reads Retry-After on a 429 and keeps going when the body is not a problem", async () => {
    handler = (_req, _body, res) => res.writeHead(429, { "Retry-After": "90", "Content-Type": "text/plain" }).end("slow down");
    const before = Date.now();
    const error = (await createApiClient({ baseUrl }).get("/api/auth/me", asJson).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(429);
    expect(error.problem).toBeUndefined();
    expect(error.retryAt!.getTime() - before).toBeGreaterThanOrEqual(89_000);
    expect(error.retryAt!.getTime() - before).toBeLessThan(95_000);
  });

  it("reports an unreachable server as a network error, and tells whether the server answered", async () => {
    const heard: boolean[] = [];
    const down = createApiClient({ baseUrl: "http://127.0.0.1:9", onReachability: (r) => heard.push(r) });
    const error = (await down.get("/api/auth/me", asJson).catch((e: unknown) => e)) as ApiError;
    expect(error.kind).toBe("network");
    handler = (_req, _body, res) => res.writeHead(401).end();
    await createApiClient({ baseUrl, onReachability: (r) => heard.push(r) }).get("/api/auth/me", asJson).catch(() => undefined);
    expect(heard).toEqual([false, true]);
  });
});
