/**
 * The purchase order (bon de commande) of one producer, buyer and delivery date, as a printable A4
 * page: what residents ordered of each product at the agreed price, in total and per round, where
 * and by when to bring it. Marked provisional until the date's orders close; final from then on,
 * since closed orders no longer change.
 */
import { localDateOf } from "@tournee/domain/calendar";
import type { PurchaseOrderQuerySchema } from "@tournee/domain";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import { notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { dbDate } from "../planning/coordinated-organisation.js";
import { clock, escapeHtml, frenchDate, htmlPage, htmlTable, printedEuros as euros } from "../sheets/html-page.js";
import { purchaseOrderOf, totalOf } from "./purchase-orders.js";
import { dropOf, readsSupplyOf, supplyAgreement, supplyDays } from "./supply-dates.js";

export async function purchaseOrderHtml({ services, actor, query }: { services: Services; actor: Actor; query: z.output<typeof PurchaseOrderQuerySchema> }): Promise<string> {
  const { producerId, buyerId, date } = query;
  const db = services.db.prisma;
  const agreement = readsSupplyOf(actor, producerId, buyerId) ? await supplyAgreement(db, producerId, buyerId) : null;
  if (!agreement) throw notFound("purchase order");
  const producer = await db.organisation.findUniqueOrThrow({ where: { id: producerId } });
  const [day] = await supplyDays(db, producerId, buyerId, date, date);
  const title = `Bon de commande — ${producer.name}`;
  const meta = `Client : ${agreement.organisation.name} · livraison le ${frenchDate(dbDate(date))}`;
  if (!day) return htmlPage(title, meta, "<p>Aucune tournée ne porte vos produits ce jour-là.</p>");
  const closed = services.now() >= day.cutoffAt;
  const status = closed
    ? `<p><strong>Définitif</strong> : les commandes sont closes depuis le ${escapeHtml(frenchDate(dbDate(localDateOf(day.cutoffAt))))} à ${escapeHtml(clock(day.cutoffAt))}.</p>`
    : `<p><strong>Provisoire</strong> : les habitants commandent jusqu'au ${escapeHtml(frenchDate(dbDate(localDateOf(day.cutoffAt))))} à ${escapeHtml(clock(day.cutoffAt))}. Ce bon sera définitif à cette heure-là.</p>`;
  const drop = dropOf(agreement);
  const where = drop
    ? `<p>À déposer à ${escapeHtml(drop.siteName)} (${escapeHtml(drop.addressLine)}) avant ${escapeHtml(drop.byTime.replace(":", " h "))}.</p>`
    : "<p>Une tournée vient chercher la marchandise à la ferme.</p>";
  // Once stored at the cutoff, the purchase order is the one sent, at the prices agreed then.
  const lines = (await purchaseOrderOf(db, buyerId, producerId, date))?.lines ?? [];
  const total = htmlTable(
    ["Produit", "Unité", "Quantité", "Prix convenu", "Montant"],
    [...lines.map((l) => [l.name, l.unit, l.quantity, euros(l.producerPriceCents), euros(l.quantity * l.producerPriceCents)]), ["Total", "", "", "", euros(totalOf(lines))]],
    new Set([2, 3, 4]),
  );
  const perRound = day.rounds.map((r) => {
    const rows = lines.flatMap((l) => {
      const q = day.byRound.get(`${r.templateId ?? ""}|${l.offerId}`) ?? 0;
      return q > 0 ? [[l.name, l.unit, q]] : [];
    });
    return rows.length ? `<h2>${escapeHtml(r.name)} (${r.stops} arrêts)</h2>${htmlTable(["Produit", "Unité", "Quantité"], rows, new Set([2]))}` : "";
  }).join("");
  const body = lines.length ? `${status}${where}<h2>À fournir</h2>${total}${perRound}` : `${status}<p>Aucune commande de vos produits pour ce jour.</p>`;
  return htmlPage(title, meta, body);
}
