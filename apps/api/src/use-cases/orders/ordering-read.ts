/**
 * What placing or changing an order reads before its transaction, in one statement: the
 * household (unless archived), the passage with its stop and round, and the offers asked for that
 * are sold on the passage's round (active, with a stock row for its round and date), with their
 * products, by product name, and for bread the bakery site it is collected from (`bakeryOfBread`). Nothing here depends on the household's orders, which are read after
 * its row is locked (`orderingStanding`).
 */
import { dbDate } from "../../db/db-date.js";
import { runSql, type SqlTx } from "../../db/sql-runner.js";
import { Prisma, type Household, type Passage, type Product, type Stop, type Tour } from "../../generated/prisma/client.js";
import { ApiError, type FieldError } from "../../http/errors.js";

export type OrderingPassage = Pick<Passage, "id" | "organisationId" | "templateId" | "date" | "status" | "cutoffAt" | "windowStart" | "windowEnd"> & {
  stop: Pick<Stop, "id" | "kind" | "name" | "city" | "householdId">;
  tour: Pick<Tour, "id" | "status"> | null;
};

export interface OfferedProduct {
  offerId: string;
  productId: string;
  socialPricing: boolean;
  product: Pick<Product, "name" | "unit" | "referencePriceCents">;
  /** Bread: the bakery site it is collected from, with its opening hours; null for other goods or bread with no bakery site. */
  bakery: { name: string; openingHours: unknown } | null;
}

export interface OrderingRead {
  household: Pick<Household, "id" | "organisationId"> | null;
  passage: OrderingPassage | null;
  offers: OfferedProduct[];
}

type Timestamps = "date" | "cutoffAt" | "windowStart" | "windowEnd";
type Row = Omit<OrderingRead, "passage"> & { passage: (Omit<OrderingPassage, Timestamps> & Record<Timestamps, string>) | null };

export async function readOrdering(db: SqlTx, { householdId, passageId, offerIds }: { householdId: string; passageId: string; offerIds: readonly string[] }): Promise<OrderingRead> {
  const [row] = await runSql<Row>(db, Prisma.sql`
    SELECT (SELECT json_build_object('id', h.id, 'organisationId', h."organisationId") FROM "Household" h WHERE h.id = ${householdId}::uuid AND h."archivedAt" IS NULL) AS household,
           json_build_object('id', p.id, 'organisationId', p."organisationId", 'templateId', p."templateId", 'date', p.date::text, 'status', p.status,
                             'cutoffAt', p."cutoffAt", 'windowStart', p."windowStart", 'windowEnd', p."windowEnd",
                             'stop', json_build_object('id', s.id, 'kind', s.kind, 'name', s.name, 'city', s.city, 'householdId', s."householdId"),
                             'tour', (SELECT json_build_object('id', t.id, 'status', t.status) FROM "Tour" t WHERE t.id = p."tourId")) AS passage,
           COALESCE((SELECT json_agg(json_build_object('offerId', o.id, 'productId', o."productId", 'socialPricing', o."socialPricing",
                                                       'product', json_build_object('name', pr.name, 'unit', pr.unit, 'referencePriceCents', pr."referencePriceCents"),
                                                       'bakery', CASE WHEN pr.compartment = 'bread' THEN (
                                                         SELECT json_build_object('name', b.name, 'openingHours', b."openingHours") FROM "Site" b
                                                         WHERE b.kind = 'bakery' AND b."archivedAt" IS NULL AND b."organisationId" IN (pr."organisationId", p."organisationId")
                                                         ORDER BY b."organisationId" = pr."organisationId" DESC, b.id LIMIT 1) END) ORDER BY pr.name)
                     FROM "Offer" o JOIN "Product" pr ON pr.id = o."productId"
                     WHERE o.id = ANY(${[...offerIds]}::uuid[]) AND o."organisationId" = p."organisationId" AND o.active AND pr.active
                       AND EXISTS (SELECT 1 FROM "OfferStock" st WHERE st."offerId" = o.id AND st."templateId" IS NOT DISTINCT FROM p."templateId" AND st.date = p.date)), '[]'::json) AS offers
    FROM (SELECT 1) AS one LEFT JOIN "Passage" p ON p.id = ${passageId}::uuid LEFT JOIN "Stop" s ON s.id = p."stopId"`);
  const { household, passage, offers } = row!;
  return {
    household,
    passage: passage?.id
      ? { ...passage, date: dbDate(passage.date), cutoffAt: new Date(passage.cutoffAt), windowStart: new Date(passage.windowStart), windowEnd: new Date(passage.windowEnd) }
      : null,
    offers,
  };
}

/** The requested lines, each with its product and its rank by product name, if every offer is sold on the passage's round. */
export function offeredLines(offers: readonly OfferedProduct[], lines: readonly { offerId: string; quantity: number }[]) {
  const rank = new Map(offers.map((o, i) => [o.offerId, i]));
  const byId = new Map(offers.map((o) => [o.offerId, o]));
  const missing: FieldError[] = lines.flatMap((l, i) =>
    byId.has(l.offerId) ? [] : [{ in: "body" as const, path: `lines.${i}.offerId`, message: "not offered on this passage's round" }],
  );
  if (missing.length) {
    throw new ApiError("offer_unavailable", `${missing.length} line(s) are not offered on this passage's round; see the passage's catalogue`, missing);
  }
  return lines.map((l) => {
    const offer = byId.get(l.offerId)!;
    return {
      ...l, product: offer.product, rank: rank.get(l.offerId)!,
      productId: offer.productId, productName: offer.product.name, referencePriceCents: offer.product.referencePriceCents, socialPricing: offer.socialPricing,
    };
  });
}
