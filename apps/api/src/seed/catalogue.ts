/**
 * The demo catalogue: reference prices are ordinary French shop prices (2026), in cents.
 * sizePer100 is the room 100 items take in their compartment (litres; crates for bread).
 */
import type { Compartment } from "../generated/prisma/client.js";

export interface ProductSpec {
  sku: string;
  name: string;
  shelf: string;
  unit: string;
  compartment: Compartment;
  sizePer100: number;
  referencePriceCents: number;
  shelfLifeDays: number | null;
}

type Row = [sku: string, name: string, unit: string, compartment: Compartment, sizePer100: number, priceCents: number, shelfLifeDays: number | null];

function shelf(name: string, rows: readonly Row[]): ProductSpec[] {
  return rows.map(([sku, productName, unit, compartment, sizePer100, referencePriceCents, shelfLifeDays]) => ({
    sku, name: productName, shelf: name, unit, compartment, sizePer100, referencePriceCents, shelfLifeDays,
  }));
}

export const GROCERY_PRODUCTS: readonly ProductSpec[] = [
  ...shelf("Épicerie salée", [
    ["SAL-PATES", "Pâtes coquillettes", "paquet 500 g", "ambient", 100, 119, 720],
    ["SAL-SPAG", "Spaghetti", "paquet 500 g", "ambient", 90, 129, 720],
    ["SAL-RIZ", "Riz long grain", "paquet 1 kg", "ambient", 120, 239, 720],
    ["SAL-LENT", "Lentilles vertes", "paquet 500 g", "ambient", 70, 219, 540],
    ["SAL-FARINE", "Farine de blé T55", "paquet 1 kg", "ambient", 130, 109, 300],
    ["SAL-HUILE", "Huile de tournesol", "bouteille 1 L", "ambient", 110, 289, 360],
    ["SAL-SEL", "Sel fin", "boîte 1 kg", "ambient", 90, 75, null],
    ["SAL-SAUCE", "Sauce tomate basilic", "bocal 420 g", "ambient", 50, 169, 540],
    ["SAL-PUREE", "Purée en flocons", "paquet 4 × 125 g", "ambient", 160, 249, 360],
    ["SAL-SOUPE", "Soupe de légumes", "brique 1 L", "ambient", 110, 259, 270],
  ]),
  ...shelf("Épicerie sucrée", [
    ["SUC-SUCRE", "Sucre en poudre", "paquet 1 kg", "ambient", 100, 139, null],
    ["SUC-CAFE", "Café moulu", "paquet 250 g", "ambient", 40, 349, 360],
    ["SUC-THE", "Thé noir", "boîte 25 sachets", "ambient", 40, 199, 720],
    ["SUC-CHOCO", "Chocolat en poudre", "boîte 800 g", "ambient", 150, 429, 360],
    ["SUC-CONF", "Confiture de fraises", "pot 370 g", "ambient", 40, 229, 540],
    ["SUC-BISC", "Biscuits petit-beurre", "paquet 200 g", "ambient", 60, 139, 270],
    ["SUC-CEREAL", "Céréales au blé complet", "paquet 500 g", "ambient", 300, 279, 300],
    ["SUC-COMPOTE", "Compote pomme", "4 gourdes × 90 g", "ambient", 50, 219, 270],
  ]),
  ...shelf("Conserves", [
    ["CON-HARIC", "Haricots verts extra-fins", "boîte 4/4", "ambient", 90, 189, 1080],
    ["CON-PETPOIS", "Petits pois carottes", "boîte 4/4", "ambient", 90, 179, 1080],
    ["CON-THON", "Thon au naturel", "boîte 140 g", "ambient", 20, 299, 1440],
    ["CON-SARD", "Sardines à l'huile d'olive", "boîte 135 g", "ambient", 20, 189, 1440],
    ["CON-RAVIOLI", "Raviolis pur bœuf", "boîte 800 g", "ambient", 90, 269, 1080],
    ["CON-CASSOUL", "Cassoulet", "boîte 840 g", "ambient", 95, 449, 1080],
    ["CON-MAIS", "Maïs doux", "boîte 285 g", "ambient", 35, 129, 1080],
    ["CON-TOMATE", "Tomates pelées", "boîte 400 g", "ambient", 45, 119, 1080],
    ["CON-LAIT", "Lait UHT demi-écrémé", "bouteille 1 L", "ambient", 110, 109, 120],
  ]),
  ...shelf("Produits frais", [
    ["FRA-BEURRE", "Beurre doux", "plaquette 250 g", "chilled", 30, 289, 45],
    ["FRA-YAOURT", "Yaourts nature", "8 × 125 g", "chilled", 120, 219, 28],
    ["FRA-EMMENTAL", "Emmental râpé", "sachet 200 g", "chilled", 50, 239, 30],
    ["FRA-CREUSOIS", "Fromage de vache de la Creuse", "portion 250 g", "chilled", 40, 459, 21],
    ["FRA-OEUFS", "Œufs plein air", "boîte de 6", "chilled", 80, 279, 28],
    ["FRA-JAMBON", "Jambon blanc", "4 tranches", "chilled", 30, 329, 10],
    ["FRA-POULET", "Filets de poulet", "barquette 400 g", "chilled", 60, 649, 7],
    ["FRA-POMMES", "Pommes du Limousin AOP", "sachet 1,5 kg", "chilled", 220, 379, 30],
    ["FRA-CAROTTES", "Carottes", "sachet 1 kg", "chilled", 150, 169, 21],
    ["FRA-PDT", "Pommes de terre", "filet 2,5 kg", "ambient", 350, 349, 45],
  ]),
  ...shelf("Surgelés", [
    ["SUR-LEGUMES", "Poêlée de légumes", "sachet 1 kg", "frozen", 150, 299, 365],
    ["SUR-EPINARDS", "Épinards hachés", "sachet 1 kg", "frozen", 140, 259, 365],
    ["SUR-POISSON", "Filets de colin", "boîte 400 g", "frozen", 70, 549, 365],
    ["SUR-STEAK", "Steaks hachés 15 %", "4 × 100 g", "frozen", 60, 499, 365],
    ["SUR-FRITES", "Frites", "sachet 1 kg", "frozen", 180, 229, 365],
    ["SUR-GLACE", "Crème glacée vanille", "bac 1 L", "frozen", 110, 389, 540],
  ]),
  ...shelf("Hygiène", [
    ["HYG-SAVON", "Savon de Marseille", "pain 300 g", "ambient", 30, 249, null],
    ["HYG-DENTIF", "Dentifrice", "tube 75 mL", "ambient", 15, 199, 720],
    ["HYG-SHAMP", "Shampooing", "flacon 400 mL", "ambient", 50, 289, 720],
    ["HYG-PAPIER", "Papier toilette", "6 rouleaux", "ambient", 600, 329, null],
    ["HYG-LESSIVE", "Lessive liquide", "bidon 1,5 L", "ambient", 170, 699, 720],
    ["HYG-COUCHES", "Couches taille 4", "paquet de 30", "ambient", 900, 1199, null],
    ["HYG-VAISS", "Liquide vaisselle", "flacon 750 mL", "ambient", 85, 179, 720],
  ]),
];

export const BAKERY_PRODUCTS: readonly ProductSpec[] = shelf("Boulangerie", [
  ["BOU-BAGUETTE", "Baguette", "pièce 250 g", "bread", 4, 115, 1],
  ["BOU-TRADITION", "Baguette de tradition", "pièce 250 g", "bread", 4, 135, 1],
  ["BOU-CAMPAGNE", "Pain de campagne", "pièce 800 g", "bread", 8, 380, 4],
  ["BOU-COMPLET", "Pain complet", "pièce 500 g", "bread", 6, 290, 3],
  ["BOU-SEIGLE", "Pain de seigle", "pièce 400 g", "bread", 5, 320, 4],
  ["BOU-MIE", "Pain de mie", "pièce 500 g", "bread", 7, 250, 6],
  ["BOU-CROISSANT", "Croissant", "pièce", "bread", 2, 115, 1],
  ["BOU-CHOCO", "Pain au chocolat", "pièce", "bread", 2, 125, 1],
  ["BOU-BRIOCHE", "Brioche tressée", "pièce 400 g", "bread", 6, 450, 4],
  ["BOU-CREUSOIS", "Creusois aux noisettes", "pièce 300 g", "bread", 4, 790, 10],
]);

/** Bread the grocery truck also carries, sold at the bakery's price (no participation rate). */
export const BREAD_ON_THE_TRUCK: readonly string[] = ["BOU-BAGUETTE", "BOU-TRADITION", "BOU-CAMPAGNE", "BOU-COMPLET", "BOU-MIE", "BOU-CROISSANT"];
