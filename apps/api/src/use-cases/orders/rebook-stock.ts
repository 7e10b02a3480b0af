/**
 * Moves an order's stock reservation from what it held to what it now asks for, inside the
 * order's transaction, in two statements whatever the number of lines: the round's stock rows are
 * read and locked together (SELECT … FOR UPDATE, in id order so two orders never deadlock), then
 * changed by one conditional UPDATE. Concurrent orders never oversell: the update only applies
 * where the reservation stays between 0 and the stock, and the table's CHECK (reserved <= quantity)
 * is the last guard. A producer's goods are also capped by what the farm declared for the date
 * across every round (SupplyDeclaration rows, locked after the round's rows, in the same way):
 * nothing is sold that the farm cannot supply.
 */
import { Prisma } from "../../generated/prisma/client.js";
import { isoDate } from "../../db/db-date.js";
import { ApiError, type FieldError } from "../../http/errors.js";
import { suppliedOffers } from "../producers/supplied-offers.js";

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

export async function rebookStock(
  tx: Prisma.TransactionClient,
  /** A round and date of the selling organisation; `templateId: null` is the one-off passages' stock of that date. */
  round: { organisationId: string; templateId: string | null; date: Date },
  held: ReadonlyMap<string, number>,
  wanted: readonly WantedLine[],
  onShortage: "refuse" | "reduce",
): Promise<{ granted: Map<string, number>; adjustments: Adjustment[] }> {
  const offerIds = [...new Set([...held.keys(), ...wanted.map((l) => l.offerId)])];
  const template = round.templateId === null ? Prisma.sql`"templateId" IS NULL` : Prisma.sql`"templateId" = ${round.templateId}::uuid`;
  const rows = offerIds.length
    ? await tx.$queryRaw<StockRow[]>(Prisma.sql`SELECT id::text AS id, "offerId"::text AS "offerId", quantity, reserved FROM "OfferStock"
        WHERE ${template} AND date = ${isoDate(round.date)}::date AND "offerId" IN (${Prisma.join(offerIds.map((id) => Prisma.sql`${id}::uuid`))})
        ORDER BY id FOR UPDATE`)
    : [];
  const byOffer = new Map(rows.map((r) => [r.offerId, r]));
  const supplied = offerIds.length ? [...(await suppliedOffers(tx, round.organisationId, offerIds))] : [];
  const supplyRows = supplied.length
    ? await tx.$queryRaw<StockRow[]>(Prisma.sql`SELECT id::text AS id, "offerId"::text AS "offerId", quantity, reserved FROM "SupplyDeclaration"
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
    const changed = await tx.$executeRaw(Prisma.sql`UPDATE "OfferStock" AS s SET reserved = s.reserved + d.delta
      FROM (VALUES ${Prisma.join(deltas)}) AS d(id, delta)
      WHERE s.id = d.id AND s.reserved + d.delta BETWEEN 0 AND s.quantity`);
    if (changed !== deltas.length) throw new ApiError("conflict", "the stock changed while the order was saved; send it again");
  }
  // A farm's declaration may come after some orders (it then counts them as reserved): a release never goes below zero.
  const supplyDeltas = supplyRows.flatMap((row) => {
    const delta = (granted.get(row.offerId) ?? 0) - (held.get(row.offerId) ?? 0);
    return delta === 0 ? [] : [Prisma.sql`(${row.id}::uuid, ${delta}::int)`];
  });
  if (supplyDeltas.length) {
    const changed = await tx.$executeRaw(Prisma.sql`UPDATE "SupplyDeclaration" AS s SET reserved = GREATEST(s.reserved + d.delta, 0)
      FROM (VALUES ${Prisma.join(supplyDeltas)}) AS d(id, delta)
      WHERE s.id = d.id AND s.reserved + d.delta <= s.quantity`);
    if (changed !== supplyDeltas.length) throw new ApiError("conflict", "the farm's supply changed while the order was saved; send it again");
  }
  return { granted, adjustments };
}
