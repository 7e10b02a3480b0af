import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import type { LonLat } from "../coordinate.js";
import { RoutingRejectedError, RoutingUnavailableError } from "../errors.js";
import { randomPoints } from "../test-support/random-points.js";
import { answerTable, startProtocolServer, type ProtocolServer, type ProtocolServerOptions } from "../test-support/osrm-protocol-server.js";
import { OsrmClient, type TableSelection } from "./osrm-client.js";
import type { OsrmConfig } from "./osrm-config.js";
import { OsrmResponseError } from "./osrm-http.js";
import type { OsrmTableResponse } from "./osrm-types.js";
import { fetchTableInBlocks, planBlocks } from "./table-blocks.js";

const servers: ProtocolServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function server(options: ProtocolServerOptions): Promise<ProtocolServer> {
  const started = await startProtocolServer(options);
  servers.push(started);
  return started;
}

function client(url: string, config: Partial<OsrmConfig> = {}): OsrmClient {
  return new OsrmClient({ url, retryBaseDelayMs: 1, timeoutMs: 5000, ...config });
}

const points = randomPoints(250, 7);
const all = points.map((_, i) => i);
const isIsland = ([lon]: readonly [number, number]): boolean => lon > 2.69;

describe("planBlocks", () => {
  it("covers every cell exactly once, with at most max² cells and 2 × max coordinates per block", () => {
    for (const [rows, cols, max] of [[250, 250, 100], [7, 1000, 100], [1000, 3, 100], [13, 17, 5], [1, 1, 1], [1, 500, 100]] as const) {
      const seen = new Uint8Array(rows * cols);
      for (const block of planBlocks(rows, cols, max)) {
        expect((block.rowEnd - block.rowStart) * (block.colEnd - block.colStart)).toBeLessThanOrEqual(max * max);
        expect(block.rowEnd - block.rowStart + (block.colEnd - block.colStart)).toBeLessThanOrEqual(2 * max);
        for (let r = block.rowStart; r < block.rowEnd; r++) for (let c = block.colStart; c < block.colEnd; c++) seen[r * cols + c]! += 1;
      }
      expect(seen.every((count) => count === 1)).toBe(true);
    }
  });

  it("uses thin blocks when one side is short: 7 rows × 3000 columns in 16 requests, not 30", () => {
    expect(planBlocks(7, 3000, 100)).toHaveLength(16);
    expect(planBlocks(250, 250, 100)).toHaveLength(9);
  });
});

describe("fetchTableInBlocks against a server enforcing --max-table-size", () => {
  it("assembles a 250-point matrix from blocks equal to the one computed in one piece, nulls included", async () => {
    const small = await server({ maxTableSize: 40, isIsland });
    const large = await server({ maxTableSize: 1000, isIsland });
    const blocks = await fetchTableInBlocks(client(small.url, { maxTableSize: 40 }), points, all, all);
    const whole = await fetchTableInBlocks(client(large.url, { maxTableSize: 1000 }), points, all, all);
    expect(large.requests).toHaveLength(1);
    expect(small.requests).toHaveLength(49);
    expect(blocks.durations).toEqual(whole.durations);
    expect(blocks.distances).toEqual(whole.distances);
    expect(blocks.waypoints).toEqual(whole.waypoints);
    const islands = all.filter((i) => isIsland(points[i]!));
    expect(islands.length).toBeGreaterThan(0);
    expect(blocks.durations[islands[0]!]![0]).toBeNull();
    expect(blocks.durations[islands[0]!]![islands[0]!]).toBe(0);
  }, 20_000);

  it("keeps at most `concurrency` blocks in flight", async () => {
    const slow = await server({ maxTableSize: 20, delayMs: 40 });
    await fetchTableInBlocks(client(slow.url, { maxTableSize: 20, concurrency: 3 }), points.slice(0, 100), all.slice(0, 100), all.slice(0, 100));
    expect(slow.requests).toHaveLength(25);
    expect(slow.maxInFlight).toBe(3);
  });

  it("retries a block that failed with a 5xx or a dropped connection", async () => {
    const flaky = await server({ maxTableSize: 10 });
    flaky.injectFaults({ status: 503 }, "drop-connection");
    const sub = all.slice(0, 30);
    const table = await fetchTableInBlocks(client(flaky.url, { maxTableSize: 10, concurrency: 1, retries: 2 }), points, sub, sub);
    expect(flaky.requests).toHaveLength(9 + 2);
    expect(table.durations.flat().every((value) => value !== null)).toBe(true);
  });

  it("gives up after the retries with a RoutingUnavailableError naming the server", async () => {
    const down = await server({});
    down.injectFaults({ status: 502 }, { status: 502 }, { status: 502 });
    const failing = fetchTableInBlocks(client(down.url, { retries: 2 }), points.slice(0, 3), [0, 1, 2], [0, 1, 2]);
    await expect(failing).rejects.toThrow(RoutingUnavailableError);
    await expect(failing).rejects.toThrow(`routing server unreachable at ${down.url} (HTTP 502)`);
    expect(down.requests).toHaveLength(3);
  });

  it("does not retry a 4xx", async () => {
    const strict = await server({});
    strict.injectFaults({ status: 400, body: { code: "InvalidQuery", message: "Query string malformed close to position 36" } });
    const failing = fetchTableInBlocks(client(strict.url, { retries: 3 }), points.slice(0, 3), [0, 1, 2], [0, 1, 2]);
    await expect(failing).rejects.toMatchObject({ osrmCode: "InvalidQuery", status: 400 });
    expect(strict.requests).toHaveLength(1);
  });

  it("splits blocks smaller when the server answers TooBig, for the rest of the run", async () => {
    const limited = await server({ maxTableSize: 10 });
    const sub = all.slice(0, 40);
    const table = await fetchTableInBlocks(client(limited.url, { maxTableSize: 100, concurrency: 1 }), points, sub, sub);
    const reference = await fetchTableInBlocks(client(limited.url, { maxTableSize: 10 }), points, sub, sub);
    expect(table.durations).toEqual(reference.durations);
    // 40×40 refused, the first 20×20 refused, then 16 blocks of 10×10; the reference run: 16.
    expect(limited.requests.length).toBe(2 + 16 + 16);
  });

  it("sends smaller blocks when the request line is refused as too long (HTTP 414)", async () => {
    const proxied = await server({ maxTableSize: 100, maxUrlLength: 1500 });
    const sub = all.slice(0, 100);
    const table = await fetchTableInBlocks(client(proxied.url, { maxTableSize: 100, concurrency: 1 }), points, sub, sub);
    expect(table.durations).toEqual((await fetchTableInBlocks(client(proxied.url, { maxTableSize: 50 }), points, sub, sub)).durations);
    expect(proxied.requests[0]!.length).toBeGreaterThan(1500);
  });

  it("stops with RoutingRejectedError when even a 1×1 table is too big", async () => {
    const absurd = await server({ maxTableSize: 0 });
    await expect(fetchTableInBlocks(client(absurd.url, { maxTableSize: 2 }), points, [0, 1], [0, 1])).rejects.toThrow(RoutingRejectedError);
  });

  it("times out a silent server and says so", async () => {
    const silent = await server({ delayMs: 300 });
    const failing = fetchTableInBlocks(client(silent.url, { timeoutMs: 50, retries: 1 }), points, [0, 1], [0, 1]);
    await expect(failing).rejects.toThrow("no answer within 50 ms");
  });
});

/** An OsrmClient answered in process by the protocol server's rules: thousands of tables in a blink. */
class InProcessClient extends OsrmClient {
  tables = 0;
  constructor(private readonly serverLimit: number, clientLimit: number) {
    super({ url: "http://in-process.test", maxTableSize: clientLimit, concurrency: 1 });
  }
  override async table(coordinates: readonly LonLat[], selection: TableSelection = {}): Promise<OsrmTableResponse> {
    this.tables++;
    const answer = answerTable(coordinates, selection, { maxTableSize: this.serverLimit });
    const body = answer.body as OsrmTableResponse & { code: string; message?: string };
    if (answer.status !== 200) throw new OsrmResponseError(answer.status, body.code, body.message ?? "");
    return body;
  }
}

describe("fetchTableInBlocks against OSRM's own rules (at least two coordinates, the table size limit)", () => {
  it("plans 101 places against the default limit of 100, and 11, 21, 25, 30, 31, 35 against a limit of 10", async () => {
    const strict = await server({ maxTableSize: 100 });
    const sub = all.slice(0, 101);
    const table = await fetchTableInBlocks(client(strict.url, { maxTableSize: 100 }), points, sub, sub);
    expect(table.durations[100]![100]).toBe(0);
    expect(table.waypoints[100]).toBeDefined();
    const ten = await server({ maxTableSize: 10 });
    for (const n of [11, 21, 25, 30, 31, 35]) {
      const some = all.slice(0, n);
      const blocks = await fetchTableInBlocks(client(ten.url, { maxTableSize: 10 }), points, some, some);
      expect(blocks.durations.flat().every((value) => value !== null)).toBe(true);
    }
  });

  it("refuses what osrm-routed refuses: one coordinate, an index out of range", () => {
    expect(answerTable(points.slice(0, 1), {})).toMatchObject({ status: 400, body: { code: "InvalidOptions" } });
    expect(answerTable(points.slice(0, 2), { sources: [2] })).toMatchObject({ status: 400, body: { code: "InvalidOptions" } });
    expect(answerTable(points.slice(0, 2), { sources: [0], destinations: [0] })).toMatchObject({ status: 200 });
  });

  it("assembles the one-piece matrix for any size 1–300 and any limit 2–100, client limit right or too high", async () => {
    const many = randomPoints(300, 11);
    const reference = answerTable(many, {}, { maxTableSize: 1000 }).body as OsrmTableResponse;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 2, max: 100 }), fc.integer({ min: 0, max: 50 }), async (n, limit, excess) => {
        const some = many.map((_, i) => i).slice(0, n);
        const inProcess = new InProcessClient(limit, limit + excess);
        const table = await fetchTableInBlocks(inProcess, many, some, some);
        expect(table.durations).toEqual(reference.durations!.slice(0, n).map((row) => row.slice(0, n)));
        expect(table.waypoints.slice(0, n).every((w) => w !== undefined)).toBe(true);
      }),
      { numRuns: 60, examples: [[1, 2, 0], [101, 100, 0], [11, 10, 0], [21, 10, 0], [300, 2, 0], [3, 2, 0], [201, 100, 0], [300, 7, 93]] },
    );
  }, 60_000);
});
