/** A local HTTP server on a free port for tests and benchmarks; answers through `handle`. */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

export type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export async function startTestServer(handle: Handler): Promise<TestServer> {
  const server = createServer((request, response) => {
    Promise.resolve(handle(request, response)).catch((error: unknown) => {
      response.writeHead(500, { "content-type": "text/plain" });
      response.end(String(error));
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json; charset=UTF-8" });
  response.end(JSON.stringify(body));
}

export interface ParsedOsrmRequest {
  service: string;
  version: string;
  profile: string;
  coordinates: [number, number][];
  query: URLSearchParams;
}

/** Splits `/service/version/profile/lon,lat;lon,lat?query`; `undefined` when the path has another shape. */
export function parseOsrmPath(path: string): ParsedOsrmRequest | undefined {
  const url = new URL(path, "http://x");
  const parts = url.pathname.split("/").filter(Boolean);
  if (parts.length !== 4) return undefined;
  const [service, version, profile, list] = parts as [string, string, string, string];
  const coordinates = decodeURIComponent(list)
    .split(";")
    .map((pair) => pair.split(",").map(Number) as [number, number]);
  return { service, version, profile, coordinates, query: url.searchParams };
}
