/**
 * The real application on a fresh test database, listening on a random port, with a small
 * HTTP client that keeps its session cookie and CSRF token like a browser tab would.
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { pino } from "pino";
import { createApp, type AppOptions } from "../app.js";
import { loadConfig } from "../config.js";
import type { Services } from "../services.js";
import { createTestDatabase, type TestDatabase } from "./test-database.js";
import { TEST_SECRET } from "./test-secret.js";

export interface TestApp {
  url: string;
  db: TestDatabase;
  services: Services;
  clock: { now: Date };
  client(): TestClient;
  close(): Promise<void>;
}

export async function startTestApp(options: AppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const clock = { now: new Date() };
  const services: Services = {
    db,
    config: { ...loadConfig({ LOG_LEVEL: "silent", NODE_ENV: "test" }), SECURE_COOKIES: "false", TOURNEE_SECRET: TEST_SECRET },
    log: pino({ level: "silent" }),
    now: () => clock.now,
  };
  const server: Server = createApp(services, { loginLimits: { perAddress: 10_000, perAddressAndAccount: 10_000, perCodePrefix: 10_000, windowMs: 60_000 }, ...options }).listen(0, "127.0.0.1");
  // Idle connections outlive the client's, so a request never lands on a socket the server is closing.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    services,
    clock,
    client: () => new TestClient(url),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

export interface TestResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export class TestClient {
  cookie: string | undefined;
  csrfToken: string | undefined;
  constructor(readonly baseUrl: string) {}

  async request<T = unknown>(method: string, path: string, init: { json?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { accept: "application/json", ...init.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && method !== "GET") headers["x-csrf-token"] ??= this.csrfToken;
    let body: string | undefined = init.raw;
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      headers["content-type"] ??= "application/json";
    }
    const res = await fetch(this.baseUrl + path, { method, headers, body, redirect: "manual" });
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) {
      const pair = setCookie.split(";")[0]!;
      this.cookie = pair.endsWith("=") ? undefined : pair;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    const maybeSession = parsed as { csrfToken?: string } | undefined;
    if (res.ok && typeof maybeSession?.csrfToken === "string") this.csrfToken = maybeSession.csrfToken;
    return { status: res.status, headers: res.headers, body: parsed as T, text };
  }

  get<T = unknown>(path: string) {
    return this.request<T>("GET", path);
  }
  post<T = unknown>(path: string, json?: unknown) {
    return this.request<T>("POST", path, json === undefined ? {} : { json });
  }
  patch<T = unknown>(path: string, json?: unknown) {
    return this.request<T>("PATCH", path, { json });
  }
  put<T = unknown>(path: string, json?: unknown) {
    return this.request<T>("PUT", path, { json });
  }

  async login(email: string, password = "tournee-demo"): Promise<this> {
    const res = await this.post("/api/auth/login", { email, password });
    if (res.status !== 200) throw new Error(`login as ${email} failed: ${res.status} ${res.text}`);
    return this;
  }
}
