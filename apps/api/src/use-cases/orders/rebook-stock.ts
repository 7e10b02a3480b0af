/**
 * Moves an order's stock reservation from what it held to what it now asks for, inside the
 * order's transaction. The round's stock rows are locked (SELECT … FOR UPDATE, in id order so
 * two orders never deadlock) before anything is read, so concurrent orders never oversell;
 * each update is also conditional and the table's CHECK (reserved <= quantity) is the last guard.
 */
import { Prisma } from "../../generated/prisma/client.js";
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
  const ids = (await tx.offerStock.findMany({ where: { ...round, offerId: { in: offerIds } }, select: { id: true } })).map((r) => r.id);
  const rows = ids.length
    ? await tx.$queryRaw<StockRow[]>(Prisma.sql`SELECT id::text AS id, "offerId"::text AS "offerId", quantity, reserved FROM "OfferStock"
        WHERE id IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))}) ORDER BY id FOR UPDATE`)
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
  for (const row of rows) {
    const delta = (granted.get(row.offerId) ?? 0) - (held.get(row.offerId) ?? 0);
    if (delta === 0) continue;
    const changed = await tx.$executeRaw(Prisma.sql`UPDATE "OfferStock" SET reserved = reserved + ${delta}
      WHERE id = ${row.id}::uuid AND reserved + ${delta} BETWEEN 0 AND quantity`);
    if (changed !== 1) throw new ApiError("conflict", "the stock changed while the order was saved; send it again");
  }
  return { granted, adjustments };
}
