/**
 * A bakery's catalogue: its products and prices (edited through the products endpoints, like
 * any organisation's), with the partners that offer each to their households.
 */
import type { BakeryProduct } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { productView } from "../catalogue/products.js";
import { consoleBakery } from "./bread-scope.js";

export async function listBakeryCatalogue({ services, actor }: { services: Services; actor: Actor }): Promise<BakeryProduct[]> {
  const bakery = await consoleBakery(services, actor);
  const products = await services.db.prisma.product.findMany({
    where: { organisationId: bakery.id },
    include: { offers: { where: { organisationId: { not: bakery.id } }, include: { organisation: { select: { name: true } } } } },
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
  return products.map(({ offers, ...product }) => ({
    ...productView(product),
    offeredBy: offers.map((o) => ({ organisationId: o.organisationId, organisationName: o.organisation.name, active: o.active })),
  }));
}
