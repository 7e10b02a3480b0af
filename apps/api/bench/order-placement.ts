/**
 * Order placement under load: N clients (one household each) place an order (2 pasta, 1 loaf)
 * then cancel it, again and again for a fixed time, competing for a round whose loaves are
 * fewer than the clients (409 stock_exhausted when none is left). Meanwhile a resident opens
 * the login page and a coordinator's screen asks GET /api/auth/me, a few times a second each:
 * what everyone else feels while residents order at the cutoff. The server runs in a process of
 * its own (order-placement-server.ts), as in production; this one only generates the load.
 *
 * Prints p50/p95/p99 of placing and cancelling, throughput, the load average of the machine,
 * the page and /api/auth/me latencies during the load, the CPU time the server process (and a
 * PostgreSQL server's backends) spent per request (on Linux; what the machine's load distorts
 * least), and checks that nothing was oversold (every loaf given back, none reserved beyond the stock).
 *
 *   npm run build -w apps/web   # the login page the probe opens
 *   npx tsx --conditions=source bench/order-placement.ts [--clients 50] [--seconds 60] [--warmup 5]
 *   DATABASE_URL=postgres://user:pass@localhost/db npx tsx --conditions=source bench/order-placement.ts
 *   BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/profiles" npx tsx … (a CPU profile of the server)
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { once } from "node:events";
import { loadavg } from "node:os";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { TestClient } from "../src/test-support/test-app.js";
import { PASSWORD } from "../src/test-support/world.js";
import type { BenchWorld } from "./order-placement-server.js";

const { values } = parseArgs({ options: { clients: { type: "string", default: "50" }, seconds: { type: "string", default: "60" }, warmup: { type: "string", default: "5" }, scarce: { type: "string", default: "20" } } });
const CLIENTS = Number(values.clients);
const SECONDS = Number(values.seconds);
const WARMUP = Number(values.warmup);

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const ms = (v: number) => `${v.toFixed(0)} ms`;
const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted.at(-1) ?? NaN)} (${sorted.length})`;
};

async function startServerProcess(): Promise<{ world: BenchWorld; pid: number; stop(): Promise<void> }> {
  const script = fileURLToPath(new URL("./order-placement-server.ts", import.meta.url));
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/profiles" profiles the server.
  const serverArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...process.execArgv, ...serverArgs, script], { env: { ...process.env, BENCH_CLIENTS: String(CLIENTS), BENCH_SCARCE: values.scarce }, stdio: ["pipe", "pipe", "inherit"] });
  const [line] = (await once(createInterface({ input: child.stdout }), "line")) as [string];
  return {
    world: JSON.parse(line) as BenchWorld,
    pid: child.pid!,
    async stop() {
      child.stdin.end();
      await once(child, "exit");
    },
  };
}

/** CPU milliseconds (user + system) a process has used, from /proc (Linux); undefined elsewhere or once it is gone. */
function cpuMs(pid: number): number | undefined {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th, in clock ticks (100 per second).
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** The PostgreSQL backends serving `database` on this machine (their command line names it). */
function backendsOf(database: string): number[] {
  try {
    return readdirSync("/proc").filter((d) => /^\d+$/.test(d)).flatMap((d) => {
      try {
        return readFileSync(`/proc/${d}/cmdline`, "utf8").startsWith("postgres: ") && readFileSync(`/proc/${d}/cmdline`, "utf8").includes(` ${database} `) ? [Number(d)] : [];
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

/** CPU used by the server process and by the database's backends, to read again after the load. */
function cpuSnapshot(serverPid: number, database: string | undefined) {
  const backends = database ? backendsOf(database) : [];
  return { server: cpuMs(serverPid), database: new Map(backends.map((pid) => [pid, cpuMs(pid) ?? 0])) };
}

function cpuSince(before: ReturnType<typeof cpuSnapshot>, serverPid: number) {
  const now = cpuMs(serverPid);
  const database = [...before.database].reduce((sum, [pid, was]) => sum + ((cpuMs(pid) ?? was) - was), 0);
  return { server: now === undefined || before.server === undefined ? undefined : now - before.server, database: before.database.size ? database : undefined };
}

interface Tally {
  place: number[];
  cancel: number[];
  statuses: Map<string, number>;
  placed: number;
  cancelled: number;
}

async function main(): Promise<void> {
  const { world, pid, stop } = await startServerProcess();
  try {
    const coordinator = await new TestClient(world.url).login(world.coordinator, PASSWORD);
    const watcher = await new TestClient(world.url).login(world.coordinator, PASSWORD);
    const visitor = new TestClient(world.url);
    const page = await visitor.request("GET", "/", { headers: { accept: "text/html" } });
    const hasPage = page.status === 200 && page.text.includes("<html");
    const lines = [{ offerId: world.offers.pasta, quantity: 2 }, { offerId: world.offers.bread, quantity: 1 }];

    let phase: "warmup" | "measure" | "done" = "warmup";
    const tally = (): Tally => ({ place: [], cancel: [], statuses: new Map(), placed: 0, cancelled: 0 });
    const measured = tally();
    const warm = tally();
    const count = (t: Tally, what: string) => t.statuses.set(what, (t.statuses.get(what) ?? 0) + 1);
    const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
      const t0 = performance.now();
      const result = await work();
      return [result, performance.now() - t0];
    };

    const client = async (householdId: string) => {
      while (phase !== "done") {
        const t = phase === "measure" ? measured : warm;
        const [placed, placing] = await timed(() => coordinator.post<{ id: string }>("/api/orders", { householdId, passageId: world.passageId, lines }));
        t.place.push(placing);
        count(t, `place ${placed.status}`);
        if (placed.status >= 500 && !t.statuses.has("reported")) {
          t.statuses.set("reported", 0);
          console.error(`placing answered ${placed.status}: ${JSON.stringify(placed.body)}`);
        }
        if (placed.status !== 201) continue;
        t.placed += 1;
        const [cancelled, cancelling] = await timed(() => coordinator.post(`/api/orders/${placed.body.id}/cancel`));
        t.cancel.push(cancelling);
        count(t, `cancel ${cancelled.status}`);
        if (cancelled.status === 200) t.cancelled += 1;
      }
    };
    const probes = { page: [] as number[], me: [] as number[] };
    const probe = async (into: number[], request: () => Promise<{ status: number }>) => {
      while (phase !== "done") {
        const [res, took] = await timed(request);
        if (phase === "measure") into.push(took);
        if (res.status !== 200) throw new Error(`probe answered ${res.status}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };

    const loadBefore = loadavg();
    const running = [
      ...world.households.map(client),
      ...(hasPage ? [probe(probes.page, () => visitor.request("GET", "/", { headers: { accept: "text/html" } }))] : []),
      probe(probes.me, () => watcher.get("/api/auth/me")),
    ];
    await new Promise((resolve) => setTimeout(resolve, WARMUP * 1000));
    phase = "measure";
    const started = performance.now();
    // The database's connections are all open by the end of the warm-up.
    const cpuBefore = cpuSnapshot(pid, world.databaseName);
    await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
    phase = "done";
    const seconds = (performance.now() - started) / 1000;
    const cpu = cpuSince(cpuBefore, pid);
    const loadAfter = loadavg();
    await Promise.all(running);

    const stock = await coordinator.get<{ date: string; quantity: number; reserved: number }[]>(`/api/offers/${world.offers.bread}/stock?from=2026-04-14&to=2026-04-14`);
    const bread = Array.isArray(stock.body) ? stock.body[0] : undefined;
    const requests = measured.place.length + measured.cancel.length;
    const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(" ");
    console.log(`database: ${world.database}; ${CLIENTS} clients placing then cancelling for ${SECONDS} s after ${WARMUP} s of warm-up; ${world.scarce} loaves for ${CLIENTS} clients; Node ${process.version}`);
    console.log(`load average before: ${load(loadBefore)}; after: ${load(loadAfter)}`);
    console.log(`answers: ${[...measured.statuses].filter(([s]) => s !== "reported").map(([s, n]) => `${s} ×${n}`).join(", ")}`);
    console.log(`place:  ${summary(measured.place)}`);
    console.log(`cancel: ${summary(measured.cancel)}`);
    console.log(`all:    ${summary([...measured.place, ...measured.cancel])}`);
    console.log(`throughput ${(requests / seconds).toFixed(1)} requests/s (${(measured.placed / seconds).toFixed(1)} orders placed/s)`);
    console.log(hasPage ? `login page during the load: ${summary(probes.page)}` : "login page: not measured (build the web app first: npm run build -w apps/web)");
    console.log(`/api/auth/me during the load: ${summary(probes.me)}`);
    const perRequest = (used: number | undefined) => (used === undefined ? "not measured" : `${(used / (requests + probes.page.length + probes.me.length)).toFixed(1)} ms`);
    console.log(`CPU per request (the probes' included): server process ${perRequest(cpu.server)}${world.databaseName ? `, PostgreSQL backends ${perRequest(cpu.database)}` : " (the embedded database's thread included)"}`);
    const placed = warm.placed + measured.placed;
    const cancelled = warm.cancelled + measured.cancel.length;
    console.log(`oversold: ${bread ? `${bread.reserved} of ${bread.quantity} loaves still reserved after ${placed} orders placed and ${cancelled} cancelled` : `stock unreadable (${stock.status})`}`);
    if (!bread || bread.reserved !== placed - (warm.cancelled + measured.cancelled) || bread.reserved > bread.quantity) process.exitCode = 1;
  } finally {
    await stop();
  }
}

await main();
