/**
 * Serves the deployment's own vector tiles (a folder `z/x/y.pbf` built by infra/tiles with
 * tilemaker, gzip-compressed) at /tiles/{z}/{x}/{y}.pbf, to anyone: they are OpenStreetMap data,
 * nothing personal. A tile the folder lacks (sea, outside the territory) is an empty answer, 204.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import type { Router } from "express";

const TILE = /^\/tiles\/(\d{1,2})\/(\d{1,7})\/(\d{1,7})\.pbf$/;

export function mountVectorTiles(router: Router, folder: string): void {
  router.get(TILE, async (req, res, next) => {
    const [, z, x, y] = TILE.exec(req.path)!;
    const file = path.join(folder, String(Number(z)), String(Number(x)), `${Number(y)}.pbf`);
    try {
      const found = await stat(file).catch(() => undefined);
      res.setHeader("Cache-Control", "public, max-age=86400");
      res.setHeader("Access-Control-Allow-Origin", "*");
      if (!found?.isFile()) return void res.status(204).end();
      res.setHeader("Content-Type", "application/x-protobuf");
      if (await isGzip(file)) res.setHeader("Content-Encoding", "gzip");
      res.setHeader("Content-Length", String(found.size));
      createReadStream(file).on("error", next).pipe(res);
    } catch (error) {
      next(error);
    }
  });
}

/** tilemaker writes gzip-compressed tiles by default; a folder built without compression works too. */
async function isGzip(file: string): Promise<boolean> {
  const stream = createReadStream(file, { start: 0, end: 1 });
  for await (const chunk of stream) return (chunk as Buffer)[0] === 0x1f && (chunk as Buffer)[1] === 0x8b;
  return false;
}
