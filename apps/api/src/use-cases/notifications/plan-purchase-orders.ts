/**
 * Each producer's purchase order, by e-mail to its staff, once a date's orders close: stored as it
 * stands then (see producers/purchase-orders.ts) and sent once per person; the producer's portal
 * shows when it went.
 */
import { formatDay } from "@tournee/notify/templates";
import type { Prisma } from "../../generated/prisma/client.js";
import { dropOf } from "../producers/supply-dates.js";
import { freezeDuePurchaseOrders, purchaseOrderSubject, type StoredPurchaseOrder } from "../producers/purchase-orders.js";
import type { Draft } from "./drafts.js";
import type { TextSource } from "./message-text.js";
import { localeOf } from "./recipients.js";
import { STAFF_SELECT, staffDrafts } from "./plan-staff-messages.js";

const euros = (cents: number, locale: string) => new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { style: "currency", currency: "EUR" }).format(cents / 100);

export async function planPurchaseOrders(db: Prisma.TransactionClient, text: TextSource, now: Date): Promise<Draft[]> {
  const due = await freezeDuePurchaseOrders(db, now);
  if (!due.length) return [];
  const staff = await db.membership.findMany({
    where: { role: "producer", organisationId: { in: [...new Set(due.map((po) => po.producerId))] }, user: { disabledAt: null } },
    select: { organisationId: true, user: { select: STAFF_SELECT } },
  });
  const drafts: Draft[] = [];
  for (const po of due) {
    const agreement = await db.supplyAgreement.findFirst({ where: { organisationId: po.organisationId, producerId: po.producerId }, include: { organisation: true, dropSite: true } });
    for (const { user } of staff.filter((m) => m.organisationId === po.producerId)) {
      drafts.push(...(await staffDrafts(text, user, po.organisationId, "purchase_order", purchaseOrderSubject(po), now, valuesOf(po, agreement, localeOf(user.locale)))));
    }
  }
  return drafts;
}

function valuesOf(po: StoredPurchaseOrder, agreement: Parameters<typeof dropOf>[0] | null, locale: string): Record<string, string> {
  const fr = locale === "fr";
  const drop = agreement ? dropOf(agreement) : null;
  const livraison = drop
    ? fr ? `À déposer à ${drop.siteName} (${drop.addressLine}) avant ${drop.byTime.replace(":", " h ")}.` : `To bring to ${drop.siteName} (${drop.addressLine}) by ${drop.byTime}.`
    : fr ? "Une tournée vient chercher la marchandise à la ferme : son heure de passage est dans votre espace, page « Mes livraisons »." : "A round collects the goods at the farm: the time it calls is in your space, page 'My deliveries'.";
  return {
    date: formatDay(po.date, fr ? "fr" : "en"),
    liste: po.lines.map((l) => `- ${l.name} (${l.unit}) : ${l.quantity} × ${euros(l.producerPriceCents, locale)}`).join("\n"),
    total: euros(po.totalCents, locale),
    livraison,
    lien: fr ? "votre espace Tournée, page « Mes livraisons »" : "your Tournée space, page 'My deliveries'",
  };
}
