/**
 * Offers: which products an organisation sells to its households, and whether participation
 * rates apply (by default on grocery products only, and only where the organisation's default
 * price policy applies them). Stock is set per round and date.
 */
import type { CatalogueListQuerySchema, OfferInputSchema, OfferPatchSchema } from "@tournee/domain";
import { localDateOf } from "@tournee/domain/calendar";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import type { Offer, Product } from "../../generated/prisma/client.js";
import { ApiError, forbidden, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { dbDate } from "../orders/household-rights.js";
import { isStaffOf } from "../orders/ordering-household.js";
import { recordAudit } from "../record-audit.js";
import { stockView } from "./offer-stock.js";
import { duplicateAsConflict, listFilter } from "./products.js";

type Ctx = { services: Services; actor: Actor };

function offerView(o: Offer & { product: Product }) {
  const { product } = o;
  return { id: o.id, organisationId: o.organisationId, productId: o.productId, productName: product.name, shelf: product.shelf, unit: product.unit,
    referencePriceCents: product.referencePriceCents, socialPricing: o.socialPricing, active: o.active };
}

export async function listOffers({ services, actor, query }: Ctx & { query: z.output<typeof CatalogueListQuerySchema> }) {
  const rows = await services.db.prisma.offer.findMany({ where: listFilter(actor, query), include: { product: true }, orderBy: { product: { name: "asc" } }, take: 2000 });
  return rows.map(offerView);
}

export async function createOffer({ services, actor, input }: Ctx & { input: z.output<typeof OfferInputSchema> }) {
  if (!isStaffOf(actor, input.organisationId)) throw forbidden("only the organisation's coordinators add its offers");
  const product = await services.db.prisma.product.findUnique({ where: { id: input.productId } });
  if (!product) throw new ApiError("validation_failed", "unknown product", [{ in: "body", path: "productId", message: "no such product" }]);
  const seller = await services.db.prisma.organisation.findUniqueOrThrow({ where: { id: input.organisationId }, select: { defaultSocialPricing: true } });
  const socialPricing = input.socialPricing ?? (seller.defaultSocialPricing && product.kind === "grocery");
  const offer = await services.db.prisma
    .$transaction(async (tx) => {
      const created = await tx.offer.create({ data: { organisationId: input.organisationId, productId: product.id, socialPricing }, include: { product: true } });
      await recordAudit(tx, { actor, organisationId: input.organisationId, action: "create", entity: "Offer", entityId: created.id, changes: { productId: product.id, socialPricing } });
      return created;
    })
    .catch(duplicateAsConflict(`an offer of ${product.name}`));
  return offerView(offer);
}

async function managedOffer({ services, actor }: Ctx, id: string) {
  const offer = await services.db.prisma.offer.findFirst({ where: { id, organisationId: coordinatedOrganisations(actor) } });
  if (!offer) throw notFound("offer");
  return offer;
}

/** Changing socialPricing changes the price of orders placed from now on; placed orders keep theirs. */
export async function updateOffer(ctx: Ctx & { id: string; patch: z.output<typeof OfferPatchSchema> }) {
  const { services, actor, id, patch } = ctx;
  const found = await managedOffer(ctx, id);
  const offer = await services.db.prisma.$transaction(async (tx) => {
    const updated = await tx.offer.update({ where: { id }, data: patch, include: { product: true } });
    await recordAudit(tx, { actor, organisationId: found.organisationId, action: "update", entity: "Offer", entityId: id, changes: patch });
    return updated;
  });
  return offerView(offer);
}

/** The stock rows of an offer, by date then round; from today (Paris) when no start is given. */
export async function listOfferStock(ctx: Ctx & { id: string; from?: string | undefined; to?: string | undefined }) {
  const { services, id } = ctx;
  await managedOffer(ctx, id);
  const from = ctx.from ?? localDateOf(services.now());
  const rows = await services.db.prisma.offerStock.findMany({
    where: { offerId: id, date: { gte: dbDate(from), ...(ctx.to ? { lte: dbDate(ctx.to) } : {}) } },
    orderBy: [{ date: "asc" }, { templateId: "asc" }],
    take: 500,
  });
  return rows.map(stockView);
}
