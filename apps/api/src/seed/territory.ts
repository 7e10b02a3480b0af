/**
 * The demo territory: the Pays d'Aubusson, in the south of the Creuse (Nouvelle-Aquitaine).
 * Commune names, INSEE codes (citycode) and postcodes are those of the official geographic code
 * (COG 2025) and La Poste's postcode table. Positions are the village centres (the bourg, near
 * the town hall or the church); they are approximate, within about a kilometre, and should be
 * checked against the Base Adresse Nationale before they are used to calibrate routing. The
 * organisations, people, addresses and the warehouse's position are fictional.
 */

export interface Place {
  latitude: number;
  longitude: number;
}

export interface Village extends Place {
  name: string;
  postcode: string;
  citycode: string;
  /** Where the truck parks: one halt per village. */
  halt: { name: string; addressLine: string; accessNotes?: string };
  /** Relative number of households served, roughly following the population. */
  weight: number;
}

export const MARKET_TOWN = {
  name: "Aubusson",
  postcode: "23200",
  citycode: "23008",
  latitude: 45.9558,
  longitude: 2.1683,
} as const;

export const WAREHOUSE = {
  name: "Entrepôt de l'épicerie solidaire",
  addressLine: "Zone artisanale du Mont, 23200 Aubusson",
  latitude: 45.9652,
  longitude: 2.1790,
} as const;

export const BAKERY_SITE = {
  name: "Fournil solidaire",
  addressLine: "Rue Vieille, 23200 Aubusson",
  latitude: 45.9561,
  longitude: 2.1672,
} as const;

export const VILLAGES: readonly Village[] = [
  // North round (Tuesday), in driving order.
  { name: "Alleyrat", postcode: "23200", citycode: "23003", latitude: 45.9783, longitude: 2.2072, weight: 2, halt: { name: "Place de l'église", addressLine: "Le Bourg" } },
  { name: "Saint-Maixant", postcode: "23200", citycode: "23210", latitude: 45.9978, longitude: 2.2011, weight: 3, halt: { name: "Parking de la mairie", addressLine: "Le Bourg" } },
  { name: "Saint-Médard-la-Rochette", postcode: "23200", citycode: "23220", latitude: 46.0314, longitude: 2.0950, weight: 4, halt: { name: "Place de la mairie", addressLine: "Le Bourg" } },
  { name: "Lavaveix-les-Mines", postcode: "23150", citycode: "23105", latitude: 46.0861, longitude: 2.0603, weight: 6, halt: { name: "Place du 11-Novembre", addressLine: "Avenue de la Mine" } },
  { name: "Chénérailles", postcode: "23130", citycode: "23061", latitude: 46.1117, longitude: 2.1772, weight: 6, halt: { name: "Place du Champ de foire", addressLine: "Place du Champ de foire", accessNotes: "Jeudi matin : marché, se garer derrière la halle." } },
  { name: "Mainsat", postcode: "23700", citycode: "23116", latitude: 46.0644, longitude: 2.3092, weight: 4, halt: { name: "Salle des fêtes", addressLine: "Le Bourg" } },
  { name: "Champagnat", postcode: "23190", citycode: "23048", latitude: 46.0211, longitude: 2.2797, weight: 4, halt: { name: "Place de l'église", addressLine: "Le Bourg" } },
  { name: "Bellegarde-en-Marche", postcode: "23190", citycode: "23020", latitude: 45.9842, longitude: 2.2939, weight: 4, halt: { name: "Parking de la mairie", addressLine: "Grande Rue", accessNotes: "La mairie prête la salle du conseil quand il pleut." } },
  { name: "Saint-Alpinien", postcode: "23200", citycode: "23179", latitude: 45.9661, longitude: 2.2547, weight: 3, halt: { name: "Place du monument aux morts", addressLine: "Le Bourg" } },
  // South round (Thursday), in driving order.
  { name: "Blessac", postcode: "23200", citycode: "23024", latitude: 45.9619, longitude: 2.1256, weight: 4, halt: { name: "Place de l'église", addressLine: "Le Bourg" } },
  { name: "Saint-Marc-à-Frongier", postcode: "23200", citycode: "23211", latitude: 45.9267, longitude: 2.1142, weight: 4, halt: { name: "Parking de la salle polyvalente", addressLine: "Le Bourg" } },
  { name: "Vallière", postcode: "23120", citycode: "23257", latitude: 45.9053, longitude: 2.0400, weight: 5, halt: { name: "Place de la mairie", addressLine: "Place de la mairie" } },
  { name: "Saint-Quentin-la-Chabanne", postcode: "23500", citycode: "23238", latitude: 45.8544, longitude: 2.1569, weight: 3, halt: { name: "Place de l'église", addressLine: "Le Bourg" } },
  { name: "Felletin", postcode: "23500", citycode: "23079", latitude: 45.8828, longitude: 2.1742, weight: 8, halt: { name: "Place Quinault", addressLine: "Place Quinault", accessNotes: "Vendredi : marché, arrêt côté rue de la Tannerie." } },
  { name: "Saint-Frion", postcode: "23500", citycode: "23196", latitude: 45.8747, longitude: 2.2117, weight: 2, halt: { name: "Place de l'église", addressLine: "Le Bourg" } },
  { name: "Crocq", postcode: "23260", citycode: "23069", latitude: 45.8683, longitude: 2.3658, weight: 4, halt: { name: "Place de la mairie", addressLine: "Place de la mairie", accessNotes: "Rue en pente : caler le camion." } },
  { name: "Néoux", postcode: "23200", citycode: "23142", latitude: 45.9336, longitude: 2.2575, weight: 2, halt: { name: "Parking de la mairie", addressLine: "Le Bourg" } },
  { name: "Moutier-Rozeille", postcode: "23200", citycode: "23140", latitude: 45.9167, longitude: 2.1972, weight: 4, halt: { name: "Place de l'église", addressLine: "Le Bourg" } },
];

/** The town hall that relays orders for residents who cannot order themselves. */
export const RELAY_VILLAGE = "Bellegarde-en-Marche";
