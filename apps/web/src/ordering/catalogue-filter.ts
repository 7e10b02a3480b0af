/**
 * Finding a product in a passage's catalogue on a phone: by category (the shelf, or "my usual
 * products" first) or by typing part of its name, accents and case ignored.
 */
import type { Catalogue } from "@tournee/domain";

export type CatalogueItem = Catalogue["shelves"][number]["items"][number];

/** The pseudo-category of the household's usual products. */
export const USUAL = "usual";

export interface Category {
  /** USUAL, or the shelf's name. */
  id: string;
  count: number;
}

/** "Pâtes" and "pates" match. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase().trim();
}

export function usualItems(catalogue: Pick<Catalogue, "shelves" | "usualProductIds">): CatalogueItem[] {
  const items = catalogue.shelves.flatMap((s) => s.items);
  return catalogue.usualProductIds.flatMap((id) => items.filter((i) => i.productId === id));
}

/** The categories to choose from: the usual products first when there are some, then each shelf. */
export function categoriesOf(catalogue: Pick<Catalogue, "shelves" | "usualProductIds">): Category[] {
  const usual = usualItems(catalogue).length;
  return [...(usual ? [{ id: USUAL, count: usual }] : []), ...catalogue.shelves.map((s) => ({ id: s.shelf, count: s.items.length }))];
}

/** What to list: every product whose name (or shelf) matches the search, whatever the category; else the category's products. */
export function visibleItems(catalogue: Pick<Catalogue, "shelves" | "usualProductIds">, category: string, search: string): CatalogueItem[] {
  const wanted = fold(search);
  if (wanted) {
    return catalogue.shelves.flatMap((s) => s.items.filter((i) => fold(i.name).includes(wanted) || fold(s.shelf).includes(wanted)));
  }
  if (category === USUAL) return usualItems(catalogue);
  return catalogue.shelves.find((s) => s.shelf === category)?.items ?? [];
}

/** The products in the basket, in catalogue order, with their quantity. */
export function basketItems(catalogue: Pick<Catalogue, "shelves">, basket: ReadonlyMap<string, number>): { item: CatalogueItem; quantity: number }[] {
  return catalogue.shelves.flatMap((s) => s.items).flatMap((item) => {
    const quantity = basket.get(item.offerId) ?? 0;
    return quantity > 0 ? [{ item, quantity }] : [];
  });
}
