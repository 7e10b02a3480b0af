/** Products of the grocery and the bakery, and who offers what. */
import { randomUUID } from "node:crypto";
import type { Prisma } from "../generated/prisma/client.js";
import { BAKERY_PRODUCTS, BREAD_ON_THE_TRUCK, GROCERY_PRODUCTS, type ProductSpec } from "./catalogue.js";
import type { OrganisationsPlan } from "./plan-organisations.js";

/** An offer of the grocery, with what pricing and stock need. */
export interface GroceryOffer {
  id: string;
  productId: string;
  product: ProductSpec;
  socialPricing: boolean;
}

export interface CataloguePlan {
  products: Prisma.ProductCreateManyInput[];
  offers: Prisma.OfferCreateManyInput[];
  groceryOffers: GroceryOffer[];
}

export function planCatalogue(orgs: OrganisationsPlan): CataloguePlan {
  const { grocery, bakery } = orgs.orgIds;
  const products: Prisma.ProductCreateManyInput[] = [];
  const offers: Prisma.OfferCreateManyInput[] = [];
  const groceryOffers: GroceryOffer[] = [];
  const addProducts = (organisationId: string, kind: "grocery" | "bakery", specs: readonly ProductSpec[]): Map<string, string> => {
    const ids = new Map<string, string>();
    for (const spec of specs) {
      const id = randomUUID();
      ids.set(spec.sku, id);
      products.push({ id, organisationId, kind, ...spec });
    }
    return ids;
  };
  const offer = (organisationId: string, productId: string, product: ProductSpec, socialPricing: boolean): void => {
    const id = randomUUID();
    offers.push({ id, organisationId, productId, socialPricing });
    if (organisationId === grocery) groceryOffers.push({ id, productId, product, socialPricing });
  };
  const groceryIds = addProducts(grocery, "grocery", GROCERY_PRODUCTS);
  const bakeryIds = addProducts(bakery, "bakery", BAKERY_PRODUCTS);
  for (const product of GROCERY_PRODUCTS) offer(grocery, groceryIds.get(product.sku) as string, product, true);
  for (const product of BAKERY_PRODUCTS) {
    const productId = bakeryIds.get(product.sku) as string;
    offer(bakery, productId, product, false);
    if (BREAD_ON_THE_TRUCK.includes(product.sku)) offer(grocery, productId, product, false);
  }
  return { products, offers, groceryOffers };
}
