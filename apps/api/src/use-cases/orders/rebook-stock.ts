/**
 * Moves an order's stock reservation from what it held to what it now asks for, inside the
 * order's transaction. The round's stock rows are shared by every order of the round, so they are
 * held for as short a time as possible: one statement locks them (SELECT … FOR UPDATE, in id order
 * so two orders never deadlock) and, when every line fits and no farm caps the goods, moves the
 * whole reservation in the same statement. The callers run it last, just before the commit,
 * alone or as part of the statement that writes the order (`stockMoveParts`).
 * Otherwise what the locked rows say decides: lines short of stock refuse the order or are cut,
 * and a second conditional UPDATE moves what was granted. Concurrent orders never oversell: an
 * update only applies where the reservation stays between 0 and the stock, and the table's
 * CHECK (reserved <= quantity) is the last guard. A producer's goods are also capped by what the
 * farm declared for the date across every round (SupplyDeclaration rows, locked after the
 * round's rows, in the same way): nothing is sold that the farm cannot supply.
 */
import { Prisma } from "../../generated/prisma/client.js";
import { isoDate } from "../../db/db-date.js";
import { runSql, type SqlTx } from "../../db/sql-runner.js";
import { ApiError, type FieldError } from "../../http/errors.js";

export interface WantedLine {
  offerId: string;
  productName: string;
  quantity: number;
}

export interface Adjustment {
  offerId: string;
  productName: string;
  requested: number;
  granted: number;
}

interface StockRow {
  id: string;
  offerId: string;
  quantity: number;
  reserved: number;
}

/** A round's stock row of an offer, as locked before any change, and whether a farm caps the offer. */
export interface LockedRow {
  offerId: string;
  id: string | null;
  quantity: number | null;
  reserved: number | null;
  supplied: boolean;
  moved: number;
}

type Round = { organisationId: string; templateId: string | null; date: Date };

/** A stock move: the round, what the order held and what it now asks for. */
export interface StockMove {
  /** A round and date of the selling organisation; `templateId: null` is the one-off passages' stock of that date. */
  round: Round;
  held: ReadonlyMap<string, number>;
  wanted: readonly WantedLine[];
}

export async function rebookStock(tx: SqlTx, move: StockMove, onShortage: "refuse" | "reduce"): Promise<{ granted: Map<string, number>; adjustments: Adjustment[] }> {
  const parts = stockMoveParts(move);
  if (!parts) return { granted: new Map(), adjustments: [] };
  const [row] = await runSql<{ stock: LockedRow[] }>(tx, Prisma.sql`WITH ${parts.with} SELECT ${parts.stock} AS stock`);
  return settleStock(tx, move, onShortage, row!.stock);
}

/**
 * The statement's parts that lock the round's stock rows of the offers in id order, read them as
 * they were, tell which offers a producer supplies the seller directly (capped by the farm's
 * declarations), and move every delta at once only when each offer asked for has its row, none is
 * capped by a farm and every reservation stays between 0 and the stock: `WITH` parts (named d,
 * locked, checked, fits, moved) and a `stock` column, for `settleStock`. A caller may add them to a
 * statement of its own, run last before its commit; null when the order holds and asks for nothing.
 */
export function stockMoveParts({ round, held, wanted }: StockMove): { with: Prisma.Sql; stock: Prisma.Sql } | null {
  const asked = new Map(wanted.map((l) => [l.offerId, l.quantity]));
  const offerIds = [...new Set([...held.keys(), ...asked.keys()])];
  if (!offerIds.length) return null;
  const changes = offerIds.map((id) => ({ offerId: id, asked: asked.get(id) ?? 0, delta: (asked.get(id) ?? 0) - (held.get(id) ?? 0) }));
  const template = round.templateId === null ? Prisma.sql`s."templateId" IS NULL` : Prisma.sql`s."templateId" = ${round.templateId}::uuid`;
  const seller = Prisma.sql`${round.organisationId}::uuid`;
  return {
    with: Prisma.sql`
    d(offer_id, asked, delta) AS (SELECT * FROM unnest(${changes.map((c) => c.offerId)}::uuid[], ${changes.map((c) => c.asked)}::int[], ${changes.map((c) => c.delta)}::int[])),
    locked AS MATERIALIZED (
      SELECT s.id, s."offerId", s.quantity, s.reserved FROM "OfferStock" s
      WHERE ${template} AND s.date = ${isoDate(round.date)}::date AND s."offerId" IN (SELECT offer_id FROM d)
      ORDER BY s.id FOR UPDATE),
    checked AS MATERIALIZED (
      SELECT d.offer_id, d.asked, d.delta, l.id, l.quantity, l.reserved,
             EXISTS (SELECT 1 FROM "Offer" o JOIN "Product" p ON p.id = o."productId"
                     JOIN "SupplyAgreement" a ON a."producerId" = p."organisationId" AND a."organisationId" = ${seller} AND a.active
                     WHERE o.id = d.offer_id AND o."organisationId" = ${seller}) AS supplied
      FROM d LEFT JOIN locked l ON l."offerId" = d.offer_id),
    fits AS (
      SELECT NOT EXISTS (SELECT 1 FROM checked c
        WHERE c.supplied OR (c.id IS NULL AND c.asked > 0) OR NOT (c.reserved + c.delta BETWEEN 0 AND c.quantity)) AS ok),
    moved AS (
      UPDATE "OfferStock" AS s SET reserved = s.reserved + c.delta FROM checked c, fits
      WHERE fits.ok AND s.id = c.id AND c.delta <> 0 AND s.reserved + c.delta BETWEEN 0 AND s.quantity
      RETURNING s.id)`,
    stock: Prisma.sql`(SELECT json_agg(json_build_object('offerId', c.offer_id, 'id', c.id, 'quantity', c.quantity, 'reserved', c.reserved, 'supplied', c.supplied,
                                                  'moved', CASE WHEN (SELECT ok FROM fits) THEN (SELECT count(*) FROM moved) ELSE -1 END))
                       FROM checked c)`,
  };
}

/**
 * What the locked rows say decides, when the one statement moved nothing: lines short of stock
 * refuse the order or are cut, and a second conditional UPDATE moves what was granted.
 */
export async function settleStock(tx: SqlTx, { round, held, wanted }: StockMove, onShortage: "refuse" | "reduce", locked: LockedRow[]): Promise<{ granted: Map<string, number>; adjustments: Adjustment[] }> {
  const asked = new Map(wanted.map((l) => [l.offerId, l.quantity]));
  const rows = locked.flatMap((r): StockRow[] => (r.id === null ? [] : [{ id: r.id, offerId: r.offerId, quantity: r.quantity!, reserved: r.reserved! }]));
  const moved = locked[0]!.moved;
  if (moved >= 0) {
    const expected = locked.filter((r) => r.id !== null && (asked.get(r.offerId) ?? 0) !== (held.get(r.offerId) ?? 0)).length;
    if (moved !== expected) throw new ApiError("conflict", "the stock changed while the order was saved; send it again");
    return { granted: asked, adjustments: [] };
  }
  const byOffer = new Map(rows.map((r) => [r.offerId, r]));
  const supplied = locked.filter((r) => r.supplied).map((r) => r.offerId);
  const supplyRows = supplied.length
    ? await runSql<StockRow>(tx, Prisma.sql`SELECT id::text AS id, "offerId"::text AS "offerId", quantity, reserved FROM "SupplyDeclaration"
        WHERE date = ${isoDate(round.date)}::date AND "offerId" IN (${Prisma.join(supplied.map((id) => Prisma.sql`${id}::uuid`))})
        ORDER BY id FOR UPDATE`)
    : [];
  const supply = new Map(supplyRows.map((r) => [r.offerId, r]));
  const left = (row: StockRow | undefined, offerId: string) => (row ? row.quantity - row.reserved + (held.get(offerId) ?? 0) : 0);
  const granted = new Map<string, number>();
  const adjustments: Adjustment[] = [];
  const shortages: FieldError[] = [];
  wanted.forEach((line, i) => {
    const roundLeft = left(byOffer.get(line.offerId), line.offerId);
    const available = supplied.includes(line.offerId) ? Math.min(roundLeft, left(supply.get(line.offerId), line.offerId)) : roundLeft;
    const given = Math.max(0, Math.min(line.quantity, available));
    granted.set(line.offerId, given);
    if (given < line.quantity) {
      adjustments.push({ offerId: line.offerId, productName: line.productName, requested: line.quantity, granted: given });
      shortages.push({ in: "body", path: `lines.${i}.quantity`, message: `${line.productName}: ${available} left, ${line.quantity} asked` });
    }
  });
  if (shortages.length && (onShortage === "refuse" || [...granted.values()].every((q) => q === 0))) {
    throw new ApiError(
      "stock_exhausted",
      `not enough stock on this round: ${shortages.map((s) => s.message).join("; ")}. Lower the quantities, or send onShortage "reduce" to take what is left.`,
      shortages,
    );
  }
  const deltas = rows.flatMap((row) => {
    const delta = (granted.get(row.offerId) ?? 0) - (held.get(row.offerId) ?? 0);
    return delta === 0 ? [] : [Prisma.sql`(${row.id}::uuid, ${delta}::int)`];
  });
  if (deltas.length) {
    const changed = await runSql(tx, Prisma.sql`UPDATE "OfferStock" AS s SET reserved = s.reserved + d.delta
      FROM (VALUES ${Prisma.join(deltas)}) AS d(id, delta)
      WHERE s.id = d.id AND s.reserved + d.delta BETWEEN 0 AND s.quantity RETURNING s.id`);
    if (changed.length !== deltas.length) throw new ApiError("conflict", "the stock changed while the order was saved; send it again");
  }
  // A farm's declaration may come after some orders (it then counts them as reserved): a release never goes below zero.
  const supplyDeltas = supplyRows.flatMap((row) => {
    const delta = (granted.get(row.offerId) ?? 0) - (held.get(row.offerId) ?? 0);
    return delta === 0 ? [] : [Prisma.sql`(${row.id}::uuid, ${delta}::int)`];
  });
  if (supplyDeltas.length) {
    const changed = await runSql(tx, Prisma.sql`UPDATE "SupplyDeclaration" AS s SET reserved = GREATEST(s.reserved + d.delta, 0)
      FROM (VALUES ${Prisma.join(supplyDeltas)}) AS d(id, delta)
      WHERE s.id = d.id AND s.reserved + d.delta <= s.quantity RETURNING s.id`);
    if (changed.length !== supplyDeltas.length) throw new ApiError("conflict", "the farm's supply changed while the order was saved; send it again");
  }
  return { granted, adjustments };
}
