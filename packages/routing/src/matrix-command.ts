/**
 * `tournee-matrix --points points.json [--osrm URL] [--profile NAME] [--max-snap METRES] [--allow-fallback]`
 * reads `[[lon, lat], …]` (`-` for standard input) and prints
 * `{"provider": "osrm" | "estimate", "durations": [[…]], "distances": [[…]]}`
 * (whole seconds and metres, `null` for pairs with no road route). Warnings go
 * to standard error. Without `--osrm`, `OSRM_URL` is used; without either, the estimate.
 * A point OSRM puts farther than `--max-snap` metres from its road (default 500) is refused.
 */
import { parseArgs } from "node:util";
import { RoutingError } from "./errors.js";
import { getMatrix } from "./get-matrix.js";
import { osrmConfigFromEnv, type OsrmConfig } from "./osrm/osrm-config.js";

export interface CommandIo {
  readText(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
}

const usage = "usage: tournee-matrix --points points.json [--osrm URL] [--profile NAME] [--max-snap METRES] [--allow-fallback]";

/** Runs the command; returns the exit code (0 done, 1 routing failure, 2 bad input). */
export async function runMatrixCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        points: { type: "string" },
        osrm: { type: "string" },
        profile: { type: "string" },
        "max-snap": { type: "string" },
        "allow-fallback": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    return 2;
  }
  if (values.help) return void io.stdout(`${usage}\n`), 0;
  if (!values.points) return void io.stderr(`--points is required\n${usage}\n`), 2;
  const maxSnap = values["max-snap"] === undefined ? undefined : Number(values["max-snap"]);
  if (maxSnap !== undefined && !(maxSnap > 0)) return void io.stderr(`--max-snap must be a distance in metres above 0, got "${values["max-snap"]}"\n${usage}\n`), 2;
  try {
    const coordinates = parsePoints(await io.readText(values.points), values.points);
    const osrm: OsrmConfig | undefined = values.osrm ? { url: values.osrm } : osrmConfigFromEnv(io.env);
    const matrix = await getMatrix({
      points: coordinates.map((coordinate, i) => ({ id: String(i), name: `#${i} (${coordinate})`, coordinate })),
      osrm,
      ...(values.profile ? { profile: values.profile } : {}),
      ...(maxSnap === undefined ? {} : { maxSnapMeters: maxSnap, warnSnapMeters: Math.min(100, maxSnap) }),
      allowFallback: values["allow-fallback"],
    });
    for (const warning of matrix.warnings) io.stderr(`warning: ${warning.message}\n`);
    io.stdout(`${JSON.stringify({ provider: matrix.provider, durations: matrix.durations, distances: matrix.distances })}\n`);
    return 0;
  } catch (error) {
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof RoutingError) return error.kind === "input" ? 2 : 1;
    return error instanceof SyntaxError || error instanceof TypeError ? 2 : 1;
  }
}

function parsePoints(text: string, path: string): [number, number][] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SyntaxError(`${path} is not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (!Array.isArray(value)) throw new TypeError(`${path} must hold an array of [lon, lat] pairs`);
  return value as [number, number][];
}
