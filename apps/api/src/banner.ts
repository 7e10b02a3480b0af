/**
 * What `npm start` prints once the server listens, in French like the demo it presents: where to
 * open Tournée, which database and which road-time provider are in use, and the demo accounts.
 */
import type { Config } from "./config.js";
import type { DemoAccount } from "./seed/index.js";

const ROLE_NAMES: Record<DemoAccount["role"], string> = {
  admin: "administration", coordinator: "coordination", driver: "chauffeur", referrer: "orientation", relay: "relais", resident: "habitant", producer: "producteur",
};

/** "PostgreSQL db.example:5432/tournee" (never the password), or the embedded database's folder. */
export function databaseText(config: Pick<Config, "DATABASE_URL" | "TOURNEE_DATA_DIR">): string {
  if (!config.DATABASE_URL) return `PGlite intégrée, dossier ${config.TOURNEE_DATA_DIR}`;
  const url = new URL(config.DATABASE_URL);
  return `PostgreSQL ${url.host}${url.pathname}`;
}

export function roadTimesText(config: Pick<Config, "OSRM_URL" | "OSRM_PROFILE">): string {
  if (!config.OSRM_URL) return "estimation à vol d'oiseau (aucun serveur OSRM : définir OSRM_URL pour les temps routiers)";
  return `serveur OSRM ${config.OSRM_URL} (profil ${config.OSRM_PROFILE})`;
}

export function demoAccountsText(accounts: readonly DemoAccount[]): string {
  const rows = accounts.map((a) => {
    const secret = a.password ? `mot de passe ${a.password}` : a.code ? "code à usage unique" : "code à demander";
    return `  ${a.login.padEnd(28)} ${ROLE_NAMES[a.role].padEnd(14)} ${secret.padEnd(26)} ${a.description}`;
  });
  return ["Comptes de démonstration (le code à usage unique est nouveau à chaque démarrage) :", ...rows].join("\n");
}

export interface BannerInput {
  url: string;
  startedInMs: number;
  config: Config;
  demoAccounts: readonly DemoAccount[];
}

export function startBanner({ url, startedInMs, config, demoAccounts }: BannerInput): string {
  const seconds = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 }).format(startedInMs / 1000);
  return [
    `Tournée est prête : ${url} (démarrage en ${seconds} s)`,
    `  Base de données : ${databaseText(config)}`,
    `  Temps de trajet : ${roadTimesText(config)}`,
    config.webDist ? "" : "  Application web non construite : `npm run build -w apps/web` pour la servir.",
    demoAccounts.length ? demoAccountsText(demoAccounts) : "",
    `Documentation de l'API : ${url}/api/docs`,
  ].filter(Boolean).join("\n");
}
