import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseInstance } from "./formats/index.js";
import { solve } from "./solve-async.js";

const USAGE = "usage: tournee-solve INSTANCE [--time-limit SECONDS] [--seed N] [--threads N] [--iterations N] [--output FILE]";

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        "time-limit": { type: "string" },
        seed: { type: "string" },
        threads: { type: "string" },
        iterations: { type: "string" },
        output: { type: "string" },
        help: { type: "boolean" },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const num = (name: string, raw: string | undefined) => {
    if (raw === undefined) return undefined;
    const x = Number(raw);
    if (!Number.isFinite(x) || x < 0) throw new Error(`--${name} must be a non-negative number, got "${raw}"`);
    return x;
  };
  const file = positionals[0]!;
  const instance = parseInstance(readFileSync(file, "utf8"), file);
  const t0 = performance.now();
  const solution = await solve(instance.problem, {
    timeLimit: num("time-limit", values["time-limit"]),
    iterationLimit: num("iterations", values.iterations),
    seed: num("seed", values.seed),
    threads: num("threads", values.threads),
  });
  const routes = solution.routes.map((r) => r.steps.filter((s) => s.id !== undefined && s.type !== "break").map((s) => s.id!));
  const cost = instance.format === "json" ? solution.cost : instance.cost(routes);
  const out = {
    instance: instance.name,
    routes,
    cost: Math.round(cost * 1e4) / 1e4,
    vehicles: routes.length,
    unassigned: solution.unassigned.map((u) => u.id),
    runtimeSeconds: Math.round(performance.now() - t0) / 1000,
    ...(instance.format === "json" ? { solution } : {}),
  };
  const text = JSON.stringify(out);
  if (values.output) writeFileSync(values.output, text + "\n");
  else console.log(text);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: Error) => {
    console.error(`tournee-solve: ${e.message}`);
    process.exitCode = 1;
  },
);
