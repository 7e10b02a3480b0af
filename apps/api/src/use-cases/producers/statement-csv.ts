/**
 * A producer's monthly statement with one buyer as a CSV file for either side's accountant: the
 * house's CSV (writeCsv: semicolons, UTF-8 with BOM, formulas neutralised), French headers, dates
 * as dd/mm/yyyy and euros with a decimal comma, as the catalogue export writes prices.
 */
import { communeSlug, type SupplyStatementCsvQuerySchema } from "@tournee/domain";
import { localDateOf } from "@tournee/domain/calendar";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import { notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { writeCsv } from "../imports/csv.js";
import { producerStatement, supplyPairs } from "./producer-statements.js";

const frenchDate = (date: string): string => date.split("-").reverse().join("/");
const euros = (cents: number): string => (cents / 100).toFixed(2).replace(".", ",");

export async function statementCsv({ services, actor, query }: { services: Services; actor: Actor; query: z.output<typeof SupplyStatementCsvQuerySchema> }): Promise<{ csv: string; filename: string }> {
  const pair = (await supplyPairs(services, actor, query.producerId)).find((p) => p.buyer.id === query.buyerId);
  if (!pair) throw notFound("supply agreement");
  const s = await producerStatement(services.db.prisma, pair, query.month, localDateOf(services.now()));
  const header = ["Date de livraison", "Nature", "Produit", "Unité", "Commandé", "Reçu", "Prix convenu (€)", "Montant (€)", "Remarque"];
  const rows = s.lines.map((l) => [
    frenchDate(l.date),
    l.kind === "basket" ? "Panier AMAP" : "Marchandise",
    l.name,
    l.unit,
    l.ordered === null ? "" : String(l.ordered),
    String(l.received),
    euros(l.unitPriceCents),
    euros(l.amountCents),
    [l.counted ? "" : "réception non contrôlée", l.note ?? ""].filter(Boolean).join(" ; "),
  ]);
  const totals = [
    ["", "", "Total marchandise", "", "", "", "", euros(s.goodsCents), ""],
    ["", "", "Total paniers AMAP", "", "", "", "", euros(s.basketsCents), ""],
    ["", "", `Total dû à ${s.producer.name}`, "", "", "", "", euros(s.totalCents), ""],
  ];
  return { csv: writeCsv(header, [...rows, ...totals]), filename: `releve-${communeSlug(s.producer.name)}-${s.month}.csv` };
}
