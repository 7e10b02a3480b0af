/**
 * For the offline map journey: the OpenStreetMap extract of Andorra that the project's shared
 * data holds (beside the repository, as CI lays it out, or TOURNEE_OSM_EXTRACT), vector tiles built
 * from it with the deployment's own script (infra/tiles/build.sh, which needs tilemaker), and the
 * demo territory moved there so its round runs on those roads.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "./paths.ts";

/** The shared data lies beside the repository (CI's clone), or beside the folder of worktrees. */
export const ANDORRA_EXTRACT =
  process.env.TOURNEE_OSM_EXTRACT ??
  [join(repoRoot, "..", "shared", "osm", "andorra.osm.pbf"), join(repoRoot, "..", "..", "shared", "osm", "andorra.osm.pbf")].find(existsSync) ??
  join(repoRoot, "..", "shared", "osm", "andorra.osm.pbf");
const TILEMAKER_MISSING = "install tilemaker: apt-get install tilemaker";

/** Why the journey cannot run here, or undefined. Under CI a missing extract or tilemaker is an error, not a skip. */
export function tilesUnavailable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const tilemaker = ["/usr/bin/tilemaker", "/usr/local/bin/tilemaker"].some(existsSync);
  const reason = !existsSync(ANDORRA_EXTRACT)
    ? `no OpenStreetMap extract at ${ANDORRA_EXTRACT}: set TOURNEE_OSM_EXTRACT to an .osm.pbf of Andorra`
    : !tilemaker
      ? TILEMAKER_MISSING
      : undefined;
  if (reason && env.CI) throw new Error(`${reason} (CI is set, so the offline map journey may not be skipped)`);
  return reason;
}

/** Builds the tiles into a fresh folder; returns it with the build's time. */
export async function buildAndorraTiles(): Promise<{ folder: string; seconds: number }> {
  const folder = join(await mkdtemp(join(tmpdir(), "tournee-tiles-")), "andorra");
  const started = Date.now();
  await promisify(execFile)("bash", [join(repoRoot, "infra/tiles/build.sh"), ANDORRA_EXTRACT, folder], { timeout: 300_000 });
  return { folder, seconds: (Date.now() - started) / 1000 };
}

interface Sql {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** Andorra's inhabited valleys (the box the extract's roads fill). */
const ANDORRA = { west: 1.47, south: 42.46, east: 1.68, north: 42.6 };

/** Moves every stop and site of the demo, keeping their layout, into Andorra's valleys. */
export async function moveDemoToAndorra(sql: Sql): Promise<void> {
  const [box] = await sql.query<{ w: number; s: number; e: number; n: number }>(
    `SELECT min(lon) AS w, min(lat) AS s, max(lon) AS e, max(lat) AS n FROM
       (SELECT longitude AS lon, latitude AS lat FROM "Stop" UNION ALL SELECT longitude, latitude FROM "Site") AS places`,
  );
  const { w, s, e, n } = box!;
  const map =
    `longitude = $1::float8 + (longitude - $2::float8) / NULLIF($3::float8 - $2::float8, 0) * ($4::float8 - $1::float8), ` +
    `latitude = $5::float8 + (latitude - $6::float8) / NULLIF($7::float8 - $6::float8, 0) * ($8::float8 - $5::float8)`;
  const params = [ANDORRA.west, w, e, ANDORRA.east, ANDORRA.south, s, n, ANDORRA.north];
  await sql.query(`UPDATE "Stop" SET ${map}`, params);
  await sql.query(`UPDATE "Site" SET ${map}`, params);
}
