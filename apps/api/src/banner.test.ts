import { describe, expect, it } from "vitest";
import { startBanner } from "./banner.js";
import { loadConfig } from "./config.js";
import type { DemoAccount } from "./seed/index.js";

const code: DemoAccount = { login: "1234 5678", email: null, password: null, code: "12345678", role: "resident", organisation: "Épicerie", description: "le foyer « Famille Mazeau »" };

describe("the start banner", () => {
  it("says, in French, where to open Tournée, the database and the road-time provider in use", () => {
    const config = { ...loadConfig({ TOURNEE_DATA_DIR: "/srv/tournee" }), webDist: "/dist" };
    const text = startBanner({ url: "http://localhost:3000", startedInMs: 3_412, config, demoAccounts: [code] });
    expect(text).toContain("Tournée est prête : http://localhost:3000 (démarrage en 3,4 s)");
    expect(text).toContain("Base de données : PGlite intégrée, dossier /srv/tournee");
    expect(text).toContain("Temps de trajet : estimation à vol d'oiseau");
    expect(text).toMatch(/1234 5678\s+habitant\s+code à usage unique/);
    expect(text).toContain("nouveau à chaque démarrage");
    expect(text).not.toMatch(/\b(ready|database|is|the)\b/);
  });

  it("names a PostgreSQL server without its password, and the OSRM server", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://tournee:secret@db.local:5432/tournee", OSRM_URL: "http://osrm:5000" });
    const text = startBanner({ url: "http://localhost:3000", startedInMs: 900, config, demoAccounts: [] });
    expect(text).toContain("Base de données : PostgreSQL db.local:5432/tournee");
    expect(text).not.toContain("secret");
    expect(text).toContain("Temps de trajet : serveur OSRM http://osrm:5000 (profil car)");
    expect(text).toContain("Application web non construite");
  });
});
