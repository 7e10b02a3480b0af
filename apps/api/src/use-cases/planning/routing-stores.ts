/**
 * Database adapters of the routing package's ports: the matrix cache (RoutingCacheEntry,
 * RoutingSnap) and the fitted estimator factors (RoutingCalibration). Writes go in batches
 * of set-based upserts, so a 500-stop matrix is a few statements, not 250,000.
 */
import type { CachedPair, CachedSnap, CacheScope, CalibrationScope, CalibrationStore, EstimatorFactors, MatrixCache } from "@tournee/routing";
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";

const BATCH = 5_000;

function lastWins<T>(items: readonly T[], key: (t: T) => string): T[] {
  return [...new Map(items.map((t) => [key(t), t])).values()];
}

function* batches<T>(items: readonly T[], size = BATCH): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

export class PrismaMatrixCache implements MatrixCache {
  constructor(private readonly prisma: PrismaClient) {}

  async getSnaps(scope: CacheScope, pins: readonly string[]): Promise<CachedSnap[]> {
    const out: CachedSnap[] = [];
    for (const part of batches([...new Set(pins)])) {
      const rows = await this.prisma.routingSnap.findMany({ where: { ...scope, pinKey: { in: part } } });
      out.push(...rows.map((r) => ({ pin: r.pinKey, snapped: r.snappedKey, distance: r.distanceM, name: r.name })));
    }
    return out;
  }

  async putSnaps(scope: CacheScope, snaps: readonly CachedSnap[]): Promise<void> {
    for (const part of batches(lastWins(snaps, (s) => s.pin))) {
      await this.prisma.$executeRawUnsafe(
        `INSERT INTO "RoutingSnap" ("provider", "profile", "pinKey", "snappedKey", "distanceM", "name", "updatedAt")
         SELECT $1, $2, p, s, d, n, now() FROM unnest($3::text[], $4::text[], $5::int[], $6::text[]) AS x(p, s, d, n)
         ON CONFLICT ("provider", "profile", "pinKey") DO UPDATE SET "snappedKey" = EXCLUDED."snappedKey", "distanceM" = EXCLUDED."distanceM", "name" = EXCLUDED."name", "updatedAt" = now()`,
        scope.provider, scope.profile, part.map((s) => s.pin), part.map((s) => s.snapped), part.map((s) => s.distance), part.map((s) => s.name),
      );
    }
  }

  async getPairsAmong(scope: CacheScope, from: readonly string[], to: readonly string[]): Promise<CachedPair[]> {
    const out: CachedPair[] = [];
    const targets = [...new Set(to)];
    if (!targets.length) return out;
    for (const part of batches([...new Set(from)], Math.max(1, Math.floor(50_000 / targets.length)))) {
      const rows = await this.prisma.$queryRawUnsafe<{ fromKey: string; toKey: string; durationS: number | null; distanceM: number | null }[]>(
        `SELECT "fromKey", "toKey", "durationS", "distanceM" FROM "RoutingCacheEntry"
         WHERE "provider" = $1 AND "profile" = $2 AND "fromKey" = ANY($3::text[]) AND "toKey" = ANY($4::text[])`,
        scope.provider, scope.profile, part, targets,
      );
      out.push(...rows.map((r) => ({ from: r.fromKey, to: r.toKey, duration: r.durationS, distance: r.distanceM })));
    }
    return out;
  }

  async putPairs(scope: CacheScope, pairs: readonly CachedPair[]): Promise<void> {
    for (const part of batches(lastWins(pairs, (p) => `${p.from}|${p.to}`))) {
      await this.prisma.$executeRawUnsafe(
        `INSERT INTO "RoutingCacheEntry" ("provider", "profile", "fromKey", "toKey", "durationS", "distanceM", "updatedAt")
         SELECT $1, $2, f, t, d, m, now() FROM unnest($3::text[], $4::text[], $5::int[], $6::int[]) AS x(f, t, d, m)
         ON CONFLICT ("provider", "profile", "fromKey", "toKey") DO UPDATE SET "durationS" = EXCLUDED."durationS", "distanceM" = EXCLUDED."distanceM", "updatedAt" = now()`,
        scope.provider, scope.profile, part.map((p) => p.from), part.map((p) => p.to), part.map((p) => p.duration), part.map((p) => p.distance),
      );
    }
  }

  async invalidate(scope: CacheScope): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      const pairs = await tx.routingCacheEntry.deleteMany({ where: scope });
      const snaps = await tx.routingSnap.deleteMany({ where: scope });
      return pairs.count + snaps.count;
    });
  }
}

export class PrismaCalibrationStore implements CalibrationStore {
  constructor(private readonly prisma: PrismaClient) {}

  async load(scope: CalibrationScope): Promise<EstimatorFactors | undefined> {
    const row = await this.prisma.routingCalibration.findUnique({ where: { territory_profile: scope } });
    return row ? (row.factors as unknown as EstimatorFactors) : undefined;
  }

  async save(scope: CalibrationScope, factors: EstimatorFactors): Promise<void> {
    const sampleSize = factors.bands.reduce((sum, b) => sum + b.samples, 0);
    const data = { factors: factors as unknown as Prisma.InputJsonValue, sampleSize, fittedAt: new Date() };
    await this.prisma.routingCalibration.upsert({ where: { territory_profile: scope }, create: { ...scope, ...data }, update: data });
  }
}
