/** Products and offers are managed by the coordinators of the organisation that owns them. */
import type { CatalogueListQuerySchema, ProductInputSchema, ProductLabel, ProductPatchSchema } from "@tournee/domain";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import { Prisma, type Product } from "../../generated/prisma/client.js";
import { ApiError, forbidden, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { isStaffOf } from "../orders/ordering-household.js";
import { recordAudit } from "../record-audit.js";

type Ctx = { services: Services; actor: Actor };

export function productView(p: Product) {
  const { id, organisationId, sku, name, shelf, unit, kind, compartment, sizePer100, referencePriceCents, shelfLifeDays, active } = p;
  return { id, organisationId, sku, name, shelf, unit, kind, compartment, sizePer100, referencePriceCents, shelfLifeDays, labels: p.labels as ProductLabel[], active };
}

export function listFilter(actor: Actor, query: z.output<typeof CatalogueListQuerySchema>) {
  return {
    organisationId: query.organisationId ? { equals: query.organisationId, ...coordinatedOrganisations(actor) } : coordinatedOrganisations(actor),
    ...(query.active ? { active: query.active === "true" } : {}),
  };
}

/** A duplicate SKU or offer is a conflict the coordinator can fix, not a server error. */
export function duplicateAsConflict(what: string) {
  return (error: unknown): never => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ApiError("conflict", `${what} already exists`);
    throw error;
  };
}

export async function listProducts({ services, actor, query }: Ctx & { query: z.output<typeof CatalogueListQuerySchema> }) {
  const rows = await services.db.prisma.product.findMany({ where: listFilter(actor, query), orderBy: [{ shelf: "asc" }, { name: "asc" }], take: 2000 });
  return rows.map(productView);
}

export async function createProduct({ services, actor, input }: Ctx & { input: z.output<typeof ProductInputSchema> }) {
  if (!isStaffOf(actor, input.organisationId)) throw forbidden("only the organisation's coordinators add its products");
  const product = await services.db.prisma
    .$transaction(async (tx) => {
      const created = await tx.product.create({ data: input });
      await recordAudit(tx, { actor, organisationId: input.organisationId, action: "create", entity: "Product", entityId: created.id, changes: input });
      return created;
    })
    .catch(duplicateAsConflict(`a product with SKU ${input.sku}`));
  return productView(product);
}

export async function updateProduct({ services, actor, id, patch }: Ctx & { id: string; patch: z.output<typeof ProductPatchSchema> }) {
  const found = await services.db.prisma.product.findFirst({ where: { id, organisationId: coordinatedOrganisations(actor) } });
  if (!found) throw notFound("product");
  const product = await services.db.prisma
    .$transaction(async (tx) => {
      const updated = await tx.product.update({ where: { id }, data: patch });
      await recordAudit(tx, { actor, organisationId: found.organisationId, action: "update", entity: "Product", entityId: id, changes: patch });
      return updated;
    })
    .catch(duplicateAsConflict(`a product with SKU ${patch.sku ?? ""}`));
  return productView(product);
}
