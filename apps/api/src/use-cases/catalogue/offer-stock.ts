/**
 * Setting stock: the units an offer carries on one round (template) and date, or on the
 * organisation's one-off passages of a date (no template). Never below what is already ordered.
 * One entry or thousands in one call: a batch is written in one transaction, all or nothing.
 */
import type { OfferStockBatchSchema, OfferStockInputSchema } from "@tournee/domain";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { ApiError, forbidden, type FieldError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { dbDate, isoDate } from "../orders/household-rights.js";
import { recordAudit } from "../record-audit.js";

type Entry = z.output<typeof OfferStockInputSchema> & { offerId: string };
type Row = { offerId: string; templateId: string | null; date: Date; quantity: number; reserved: number };

export const stockView = (row: Row) => ({ offerId: row.offerId, templateId: row.templateId, date: isoDate(row.date), quantity: row.quantity, reserved: row.reserved });

/** Writes one entry; answers the field error to report when it cannot (already ordered above the quantity). */
async function writeStock(tx: Prisma.TransactionClient, entry: Entry): Promise<{ row: Row } | { problem: string }> {
  const key = { offerId: entry.offerId, templateId: entry.templateId, date: dbDate(entry.date) };
  const current = await tx.offerStock.findFirst({ where: key });
  if (!current) return { row: await tx.offerStock.create({ data: { ...key, quantity: entry.quantity } }) };
  const saved = await tx.offerStock.updateMany({ where: { id: current.id, reserved: { lte: entry.quantity } }, data: { quantity: entry.quantity } });
  if (saved.count !== 1) {
    const { reserved } = await tx.offerStock.findUniqueOrThrow({ where: { id: current.id } });
    return { problem: `${reserved} units are already ordered for this round and date; the quantity cannot go below ${reserved}` };
  }
  return { row: await tx.offerStock.findUniqueOrThrow({ where: { id: current.id } }) };
}

/** Offers and rounds named by the entries that are not the organisation's: one field error each. */
async function unknownReferences(db: Prisma.TransactionClient, organisationId: string, entries: readonly Entry[], path: (i: number, field: string) => string): Promise<FieldError[]> {
  const offers = new Set((await db.offer.findMany({ where: { organisationId, id: { in: [...new Set(entries.map((e) => e.offerId))] } }, select: { id: true } })).map((o) => o.id));
  const templateIds = [...new Set(entries.flatMap((e) => (e.templateId ? [e.templateId] : [])))];
  const templates = new Set((await db.tourTemplate.findMany({ where: { organisationId, id: { in: templateIds } }, select: { id: true } })).map((t) => t.id));
  return entries.flatMap((e, i) => [
    ...(offers.has(e.offerId) ? [] : [{ in: "body" as const, path: path(i, "offerId"), message: "no such offer in the organisation" }]),
    ...(e.templateId && !templates.has(e.templateId) ? [{ in: "body" as const, path: path(i, "templateId"), message: "no such round in the organisation" }] : []),
  ]);
}

/** One offer's stock on one round (or the one-off passages) and date. */
export async function setOfferStock({ services, actor, id, input }: { services: Services; actor: Actor; id: string; input: z.output<typeof OfferStockInputSchema> }) {
  const offer = await services.db.prisma.offer.findFirst({ where: { id, organisationId: coordinatedOrganisations(actor) } });
  if (!offer) throw new ApiError("not_found", "offer not found");
  const entry = { ...input, offerId: id };
  return services.db.prisma.$transaction(async (tx) => {
    const unknown = await unknownReferences(tx, offer.organisationId, [entry], (_i, field) => field);
    if (unknown.length) throw new ApiError("validation_failed", "unknown round", unknown);
    const written = await writeStock(tx, entry);
    if ("problem" in written) throw new ApiError("conflict", written.problem);
    await recordAudit(tx, { actor, organisationId: offer.organisationId, action: "set_stock", entity: "Offer", entityId: id, changes: { ...input } });
    return stockView(written.row);
  });
}

/** Several offers, rounds and dates at once: every entry is checked like a single one; one refusal writes nothing. */
export async function setStockBatch({ services, actor, input }: { services: Services; actor: Actor; input: z.output<typeof OfferStockBatchSchema> }) {
  const { organisationId, entries } = input;
  const allowed = await services.db.prisma.organisation.count({ where: { id: { equals: organisationId, ...coordinatedOrganisations(actor) } } });
  if (!allowed) throw forbidden("you do not coordinate this organisation");
  return services.db.prisma.$transaction(async (tx) => {
    const unknown = await unknownReferences(tx, organisationId, entries, (i, field) => `entries.${i}.${field}`);
    if (unknown.length) throw new ApiError("validation_failed", `${unknown.length} entr${unknown.length > 1 ? "ies name" : "y names"} an unknown offer or round; nothing was set`, unknown.slice(0, 200));
    const rows: Row[] = [];
    const refused: FieldError[] = [];
    for (const [i, entry] of entries.entries()) {
      const written = await writeStock(tx, entry);
      if ("problem" in written) refused.push({ in: "body", path: `entries.${i}.quantity`, message: written.problem });
      else rows.push(written.row);
    }
    if (refused.length) throw new ApiError("conflict", `${refused.length} quantit${refused.length > 1 ? "ies are" : "y is"} below what is already ordered; nothing was set`, refused.slice(0, 200));
    await recordAudit(tx, { actor, organisationId, action: "set_stock", entity: "Organisation", entityId: organisationId, changes: { entries: entries.length } });
    return { entries: rows.map(stockView) };
  }, { timeout: 60_000 });
}
