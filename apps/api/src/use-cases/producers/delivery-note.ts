/**
 * The delivery note (bon de livraison) of one producer, buyer and delivery date, as a printable A4
 * page both sides keep: each product of the purchase order, what was ordered and what the rounds
 * received (as their drivers counted it at the farm, with why it fell short), at the agreed price,
 * and who counted when. A product nobody counted is printed as ordered, marked "non contrôlé".
 */
import type { DeliveryNoteQuerySchema } from "@tournee/domain";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import { notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { dbDate } from "../planning/coordinated-organisation.js";
import { clock, escapeHtml, frenchDate, htmlPage, htmlTable, printedEuros as euros } from "../sheets/html-page.js";
import { readsSupplyOf, supplyAgreement } from "./supply-dates.js";
import { receivedOn } from "./supply-received.js";

/** "−2", "+1", or nothing when all came. */
const gap = (n: number): string => (n === 0 ? "" : n < 0 ? `−${-n}` : `+${n}`);
/** "9 h 05". */
const hour = (instant: Date): string => clock(instant).replace(/^0/, "").replace(":", " h ");
const dayOf = (instant: Date) => new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", timeZone: "Europe/Paris" }).format(instant);

export async function deliveryNoteHtml({ services, actor, query }: { services: Services; actor: Actor; query: z.output<typeof DeliveryNoteQuerySchema> }): Promise<string> {
  const { producerId, buyerId, date } = query;
  const db = services.db.prisma;
  const agreement = readsSupplyOf(actor, producerId, buyerId) ? await supplyAgreement(db, producerId, buyerId) : null;
  if (!agreement) throw notFound("delivery note");
  const producer = await db.organisation.findUniqueOrThrow({ where: { id: producerId } });
  const title = `Bon de livraison — ${producer.name}`;
  const meta = `Client : ${agreement.organisation.name} · livraison du ${frenchDate(dbDate(date))}`;
  const day = await receivedOn(db, buyerId, producerId, date);
  if (!day?.lines.length) return htmlPage(title, meta, "<p>Rien n'a été commandé ni reçu de vos produits ce jour-là.</p>");
  const rows = day.lines.map((l) => [
    l.name, l.unit, l.ordered, l.counted ? l.received : `${l.received} (non contrôlé)`, gap(l.received - l.ordered),
    euros(l.priceCents), euros(l.received * l.priceCents), l.note ?? "",
  ]);
  const total = day.lines.reduce((n, l) => n + l.received * l.priceCents, 0);
  const table = htmlTable(["Produit", "Unité", "Commandé", "Reçu", "Écart", "Prix convenu", "Montant", "Remarque"], [...rows, ["Total", "", "", "", "", "", euros(total), ""]], new Set([2, 3, 4, 5, 6]));
  const counted = day.pickups.length
    ? `<p>${day.pickups.map((p) => escapeHtml(`Reçu ${p.tourId ? `par la tournée${p.vehicleName ? ` ${p.vehicleName}` : ""}` : "à l'entrepôt"}${p.recordedBy ? ` (${p.recordedBy})` : ""} le ${dayOf(p.recordedAt)} à ${hour(p.recordedAt)}.`)).join("<br>")}</p>`
    : "<p>La réception n'a pas été contrôlée : les quantités reçues sont celles du bon de commande.</p>";
  const short = day.lines.some((l) => l.received < l.ordered) ? "<p><strong>Manque à la livraison</strong> : seul ce qui a été reçu est dû, au prix convenu.</p>" : "";
  return htmlPage(title, meta, `${counted}${short}${table}<p>Signature du producteur :</p><p>Signature de l'épicerie :</p>`);
}
