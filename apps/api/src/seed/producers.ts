/**
 * The demo's local producers: a market gardener and a goat-cheese farm, at real communes within
 * 30 km of Aubusson (their farms and names are fictional), with the products they supply to the
 * grocery's rounds and the prices agreed with the grocery (what it pays them, per unit).
 */
import type { ProductLabel } from "@tournee/domain";
import type { ProductSpec } from "./catalogue.js";

export interface ProducerProduct extends ProductSpec {
  labels: ProductLabel[];
  /** What the grocery pays the producer per unit, whatever the resident paid. */
  producerPriceCents: number;
}

export interface DemoProducer {
  /** Its organisation in DEMO_ORGANISATIONS. */
  key: "gardener" | "goatFarm";
  farm: { name: string; addressLine: string; postcode: string; city: string; latitude: number; longitude: number };
  /** Weekdays (1 = Monday) and local times the farm is open for pickups. */
  opening: { weekdays: number[]; from: string; to: string };
  /** How its goods reach the rounds: a round collects them at the farm, or the producer drops them at the warehouse. */
  route: "farm_pickup" | "warehouse_drop";
  /** For a drop: the producer brings its goods to the warehouse by this time on the delivery day. */
  dropBy: string;
  products: ProducerProduct[];
}

type Row = [sku: string, name: string, unit: string, compartment: ProductSpec["compartment"], sizePer100: number, priceCents: number, producerPriceCents: number, shelfLifeDays: number, labels: ProductLabel[]];

const products = (shelf: string, rows: readonly Row[]): ProducerProduct[] =>
  rows.map(([sku, name, unit, compartment, sizePer100, referencePriceCents, producerPriceCents, shelfLifeDays, labels]) => ({
    sku, name, shelf, unit, compartment, sizePer100, referencePriceCents, producerPriceCents, shelfLifeDays, labels,
  }));

export const DEMO_PRODUCERS: readonly DemoProducer[] = [
  {
    key: "gardener",
    farm: { name: "Ferme des Combes", addressLine: "Les Combes", postcode: "23500", city: "Felletin", latitude: 45.8731, longitude: 2.1835 },
    opening: { weekdays: [1, 2, 3, 4, 5], from: "07:30", to: "12:00" },
    route: "farm_pickup",
    dropBy: "07:30",
    products: products("Fruits et légumes de la ferme", [
      ["FDC-POMMES", "Pommes", "sac 1 kg", "ambient", 200, 320, 240, 30, ["bio"]],
      ["FDC-PDT", "Pommes de terre", "sac 2 kg", "ambient", 300, 450, 330, 60, ["bio"]],
      ["FDC-CAROTTES", "Carottes", "botte 1 kg", "ambient", 150, 290, 210, 10, ["bio"]],
      ["FDC-POIREAUX", "Poireaux", "botte de 3", "ambient", 200, 280, 200, 7, ["bio"]],
      ["FDC-SALADE", "Salade", "pièce", "chilled", 150, 150, 100, 4, ["bio"]],
    ]),
  },
  {
    key: "goatFarm",
    farm: { name: "Chèvrerie du Puy Bas", addressLine: "Le Puy Bas", postcode: "23120", city: "Vallière", latitude: 45.8981, longitude: 2.0516 },
    opening: { weekdays: [2, 4], from: "07:00", to: "11:00" },
    route: "warehouse_drop",
    dropBy: "07:30",
    products: products("Fromages de la ferme", [
      ["CPB-CROTTIN", "Crottin de chèvre frais", "pièce 60 g", "chilled", 10, 210, 150, 14, []],
      ["CPB-BUCHE", "Bûche de chèvre cendrée", "pièce 150 g", "chilled", 25, 450, 330, 21, []],
      ["CPB-FAISSELLE", "Faisselle de chèvre", "pot 400 g", "chilled", 50, 350, 250, 8, []],
    ]),
  },
];
