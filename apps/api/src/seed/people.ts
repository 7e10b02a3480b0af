/**
 * Fictional people of the demo. Phone numbers are in the ranges ARCEP reserves for fiction
 * (01 99 00 xx xx and 06 39 98 xx xx), so no real person is ever called from the demo.
 */

export const SURNAMES: readonly string[] = [
  "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau", "Simon",
  "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel",
  "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Chevalier", "Gauthier", "Perrin", "Mathieu",
  "Clément", "Nicolas", "Masson", "Marchand", "Duval", "Denis", "Dumas", "Brun", "Blanc", "Guérin",
  "Boyer", "Lemaire", "Roche", "Faure", "Mercier", "Jourde", "Aubrun", "Lagrange", "Chabrat", "Parry",
  "Mazeau", "Tixier", "Dufour", "Pradeau", "Brunet", "Lavergne", "Texier", "Chaussade", "Giraud", "Meunier",
  "Sauvanet", "Périchon", "Pinaud", "Coudert", "Auclair", "Villatte", "Nadaud", "Bayle", "Rougier", "Da Silva",
  "Ferreira", "Benali", "Haddad", "Nowak", "Lopes", "Pereira", "Diallo", "Mendes", "Rivière", "Besse",
];

export const CIVILITIES: readonly string[] = ["Mme", "Mme", "M.", "M.", "Mme", "M. et Mme", "Famille"];

export const STREETS: readonly string[] = [
  "Le Bourg", "Route de la Gare", "Rue de l'Église", "Chemin du Moulin", "Impasse des Tilleuls", "Route d'Aubusson",
  "Rue du Lavoir", "Allée des Châtaigniers", "Rue de la Fontaine", "Chemin des Prés",
];

/** Hamlets a few hundred metres out of the bourg (common Limousin place-names). */
export const HAMLETS: readonly string[] = [
  "Les Granges", "La Chassagne", "Le Mas", "Les Combes", "La Ribière", "Le Puy", "Les Bordes", "La Vergne", "Le Monteil", "Les Places",
];

export const ACCESS_NOTES: readonly string[] = [
  "Portail bleu, chien (gentil) dans la cour",
  "Sonner deux fois, entend mal",
  "Maison au fond de l'impasse, se garer devant la grange",
  "Porte de derrière, côté potager",
  "Chemin non goudronné : en hiver s'arrêter en haut",
  "Laisser les surgelés au voisin si absent (accord écrit)",
  "Boîte aux lettres verte, clé chez la voisine",
  "Escalier raide, monter les courses",
];

export interface StaffMember {
  email: string | null;
  displayName: string;
  phone: string;
}

export const DRIVERS: readonly (StaffMember & { email: string })[] = [
  { email: "chauffeur1@tournee.test", displayName: "Patrick Laroche", phone: "06 39 98 10 01" },
  { email: "chauffeur2@tournee.test", displayName: "Nadia Benmoussa", phone: "06 39 98 10 02" },
  { email: "chauffeur3@tournee.test", displayName: "Jean-Claude Desnoyer", phone: "06 39 98 10 03" },
];

export const STAFF = {
  admin: { email: "admin@tournee.test", displayName: "Administration Tournée", phone: "01 99 00 10 00" },
  groceryCoordinator: { email: "coordination@tournee.test", displayName: "Sophie Aumaître", phone: "01 99 00 10 01" },
  bakeryCoordinator: { email: "boulangerie@tournee.test", displayName: "Karim Oudjani", phone: "01 99 00 10 02" },
  referrer: { email: "ccas@tournee.test", displayName: "Claire Vergnaud", phone: "01 99 00 10 03" },
  /** A second social worker of the same CCAS, without a sign-in of her own in the demo. */
  otherReferrer: { email: null, displayName: "Élodie Pasquet", phone: "01 99 00 10 04" },
  relay: { email: "mairie@tournee.test", displayName: "Secrétariat de mairie de Bellegarde-en-Marche", phone: "01 99 00 10 05" },
  producer: { email: "producteur@tournee.test", displayName: "Mathilde Combes", phone: "01 99 00 10 06" },
  redCrossCoordinator: { email: "croixrouge@tournee.test", displayName: "Hélène Marchetti", phone: "01 99 00 10 07" },
  amapCoordinator: { email: "amap@tournee.test", displayName: "Hélène Rivière", phone: "01 99 00 10 08" },
} as const satisfies Record<string, StaffMember>;
