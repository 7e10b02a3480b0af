/**
 * Moves an order's stock reservation from what it held to what it now asks for, inside the
 * order's transaction, in two statements whatever the number of lines: the round's stock rows are
 * read and locked together (SELECT … FOR UPDATE, in id order so two orders never deadlock), then
 * changed by one conditional UPDATE. Concurrent orders never oversell: the update only applies
 * where the reservation stays between 0 and the stock, and the table's CHECK (reserved <= quantity)
 * is the last guard.
 */
import { Prisma } from "../../generated/prisma/client.js";
import { isoDate } from "../../db/db-date.js";
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

export async function rebookStock(
  tx: Prisma.TransactionClient,
  /** A round and date; `templateId: null` is the one-off passages' stock of that date. */
  round: { templateId: string | null; date: Date },
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
  const granted = new Map<string, number>();
  const adjustments: Adjustment[] = [];
  const shortages: FieldError[] = [];
  wanted.forEach((line, i) => {
    const row = byOffer.get(line.offerId);
    const available = row ? row.quantity - row.reserved + (held.get(line.offerId) ?? 0) : 0;
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
  return { granted, adjustments };
}
