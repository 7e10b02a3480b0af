import { describe, expect, it } from "vitest";
import { basketItems, categoriesOf, USUAL, visibleItems, type CatalogueItem } from "./catalogue-filter";

const item = (offerId: string, productId: string, name: string): CatalogueItem => ({ offerId, productId, name, unit: "u", compartment: "ambient", unitPriceCents: 100, available: 5, provenance: null, bakeryClosed: false });
const pates = item("00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-0000000000a1", "Pâtes coquillettes");
const riz = item("00000000-0000-4000-8000-000000000002", "00000000-0000-4000-8000-0000000000a2", "Riz long grain");
const pain = item("00000000-0000-4000-8000-000000000003", "00000000-0000-4000-8000-0000000000a3", "Pain de campagne");
const catalogue = { shelves: [{ shelf: "Boulangerie", items: [pain] }, { shelf: "Épicerie salée", items: [pates, riz] }], usualProductIds: [riz.productId, pain.productId] };

describe("finding a product", () => {
  it("offers the usual products first, then each shelf, with how many products each has", () => {
    expect(categoriesOf(catalogue)).toEqual([{ id: USUAL, count: 2 }, { id: "Boulangerie", count: 1 }, { id: "Épicerie salée", count: 2 }]);
    expect(categoriesOf({ ...catalogue, usualProductIds: [] }).map((c) => c.id)).toEqual(["Boulangerie", "Épicerie salée"]);
  });

  it("lists the usual products most often taken first, or a shelf's products", () => {
    expect(visibleItems(catalogue, USUAL, "")).toEqual([riz, pain]);
    expect(visibleItems(catalogue, "Épicerie salée", "")).toEqual([pates, riz]);
  });

  it("finds a product by part of its name or its shelf, accents and capitals ignored, in every category", () => {
    expect(visibleItems(catalogue, "Boulangerie", "PATES")).toEqual([pates]);
    expect(visibleItems(catalogue, USUAL, "epicerie")).toEqual([pates, riz]);
    expect(visibleItems(catalogue, USUAL, "chocolat")).toEqual([]);
  });

  it("gives the basket's products in catalogue order", () => {
    expect(basketItems(catalogue, new Map([[riz.offerId, 2], [pain.offerId, 1], [pates.offerId, 0]]))).toEqual([{ item: pain, quantity: 1 }, { item: riz, quantity: 2 }]);
  });
});
