import { expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_COORDINATOR } from "../support/app.ts";
import { describeInBrowser } from "../support/chromium.ts";
import { apiFromPage, startClockedJourney } from "../support/clocked-app.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { screenshotBoth } from "../support/screenshots.ts";
import { signInWithPassword } from "../support/sign-in.ts";

const BROKEN = "\uFEFFname;city;latitude;longitude\r\nLavoir du Bourg;Moutier-Rozeille;45,90;\r\nCroix de la Mission;Saint-Frion;quarante-cinq;2,10\r\n";
const FIXED = "\uFEFFname;city;latitude;longitude\r\nLavoir du Bourg;Moutier-Rozeille;45,90;2,19\r\nCroix de la Mission;Saint-Frion;45,80;2,10\r\n";

describeInBrowser("a coordinator prepares the week", () => {
  const journey = startClockedJourney();
  const stopCount = async () => (await apiFromPage<unknown[]>(journey.page, "GET", "/api/stops")).body.length;

  async function chooseFile(csv: string) {
    await journey.page.getByLabel("Fichier CSV").setInputFiles({ name: "arrets.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await journey.page.getByRole("button", { name: "Vérifier le fichier" }).click();
  }

  it("sees every error of a CSV file by line and column, and nothing is imported; then imports the fixed file", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, DEMO_COORDINATOR);
    const before = await stopCount();
    await page.getByRole("link", { name: "Import et export" }).click();
    await page.getByRole("radio", { name: "Arrêts" }).check();
    await chooseFile(BROKEN);
    const errors = page.getByRole("table", { name: "Erreurs par ligne" });
    await errors.waitFor();
    const rows = await errors.locator("tbody tr").allInnerTexts();
    expect(rows.map((r) => r.split("\t").slice(0, 2))).toEqual([
      ["2", "longitude"],
      ["3", "latitude"],
    ]);
    expect(await page.getByRole("button", { name: /^Importer/ }).count()).toBe(0);
    expect(await stopCount()).toBe(before);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-import-errors");

    await chooseFile(FIXED);
    await page.getByRole("button", { name: "Importer les 2 lignes" }).click();
    await expect.poll(() => page.getByRole("status").allInnerTexts()).toContain("Import terminé : 2 ajouts, 0 mise à jour.");
    expect(await stopCount()).toBe(before + 2);

    await page.getByRole("link", { name: "Arrêts" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("Lavoir du Bourg, Moutier-Rozeille");
    expect(await page.locator(".leaflet-marker-icon").count()).toBe(before + 2);
  });

  it("moves a halt's pin by typing its position, and the map follows", async () => {
    const { page } = journey;
    await page.getByRole("button", { name: "Lavoir du Bourg, Moutier-Rozeille" }).click();
    await page.getByLabel("Longitude").fill("2,2");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect.poll(() => page.getByRole("status").allInnerTexts()).toContain("Arrêt enregistré : Lavoir du Bourg");
    const stops = (await apiFromPage<{ name: string; longitude: number }[]>(page, "GET", "/api/stops")).body;
    expect(stops.find((s) => s.name === "Lavoir du Bourg")!.longitude).toBe(2.2);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-stops");
  });

  it("adds a vehicle, after being told which field is missing", async () => {
    const { page, url } = journey;
    await page.goto(`${url}/coordination/flotte`);
    await page.getByRole("button", { name: "Ajouter un véhicule" }).click();
    await expect.poll(() => page.getByRole("alert").first().innerText()).toContain("Certaines informations sont à corriger");
    await page.getByLabel("Nom du véhicule").fill("Camionnette du marché");
    await page.getByLabel(/^Capacité sec/).fill("600");
    await page.getByRole("button", { name: "Ajouter un véhicule" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Camionnette du marché" }).count()).toBe(1);
    expect(await page.locator("main").innerText()).toContain("sec : 600");
  });

  it("imports paper orders with French column names: told of the line it cannot read, then places the order", async () => {
    const { page, url } = journey;
    interface Passage { id: string; date: string; open: boolean; order: unknown; stop: { kind: string } }
    const households = (await apiFromPage<{ id: string; name: string; usualStopId: string | null }[]>(page, "GET", "/api/households")).body.filter((h) => h.usualStopId);
    let chosen: { household: { id: string; name: string }; passage: Passage } | undefined;
    for (const household of households) {
      const passage = (await apiFromPage<Passage[]>(page, "GET", `/api/passages?householdId=${household.id}`)).body.find((p) => p.open && !p.order && p.stop.kind === "halt");
      if (passage) chosen = { household, passage };
      if (chosen) break;
    }
    expect(chosen, "a household with an open passage and no order yet").toBeDefined();
    const { household, passage } = chosen!;
    const catalogue = (await apiFromPage<{ shelves: { items: { productId: string; available: number }[] }[] }>(page, "GET", `/api/passages/${passage.id}/catalogue?householdId=${household.id}`)).body;
    const products = (await apiFromPage<{ id: string; sku: string }[]>(page, "GET", "/api/products")).body;
    const item = catalogue.shelves.flatMap((s) => s.items).find((i) => i.available >= 2 && products.some((p) => p.id === i.productId))!;
    const sku = products.find((p) => p.id === item.productId)!.sku;
    const day = passage.date.split("-").reverse().join("/");
    const file = (rows: string[]) => Buffer.from(["foyer;date;référence;quantité;canal", ...rows].join("\r\n"), "utf8");

    await page.goto(`${url}/coordination/import`);
    const panel = page.getByRole("region", { name: "Commandes sur papier ou par téléphone" });
    await panel.getByLabel("Fichier des commandes (CSV)").setInputFiles({ name: "commandes.csv", mimeType: "text/csv", buffer: file([`${household.name};${day};${sku};2;papier`, `Personne Inconnue;${day};${sku};1;papier`]) });
    await panel.getByRole("button", { name: "Vérifier les commandes" }).click();
    const errors = panel.getByRole("table", { name: /erreur/ });
    await errors.waitFor();
    expect((await errors.locator("tbody tr").allInnerTexts()).map((r) => r.split("\t").slice(0, 2))).toEqual([["3", "foyer"]]);
    expect(await panel.getByRole("button", { name: /^Passer/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await panel.getByLabel("Fichier des commandes (CSV)").setInputFiles({ name: "commandes.csv", mimeType: "text/csv", buffer: file([`${household.name};${day};${sku};2;papier`]) });
    await panel.getByRole("button", { name: "Vérifier les commandes" }).click();
    await panel.getByRole("button", { name: "Passer la commande" }).click();
    await expect.poll(() => panel.getByRole("status").innerText()).toContain("1 commande passée, 0 modifiée.");
    const orders = (await apiFromPage<{ channel: string; lines: { quantity: number }[] }[]>(page, "GET", `/api/orders?householdId=${household.id}&passageId=${passage.id}`)).body;
    expect(orders.map((o) => [o.channel, o.lines.map((l) => l.quantity)])).toEqual([["paper", [2]]]);
  });

  it("passes the accessibility checks on every console screen, in French and in English", async () => {
    const { page, url } = journey;
    const households = (await apiFromPage<{ id: string }[]>(page, "GET", "/api/households")).body;
    const screens = [
      ["coordinator-week", "/coordination/semaine", "La semaine"],
      ["coordinator-households", "/coordination/foyers", "Foyers"],
      ["coordinator-household", `/coordination/foyers/${households[0]!.id}`, "Droits (confidentiel)"],
      ["coordinator-new-household", "/coordination/foyers/nouveau", "Ajouter un foyer"],
      ["coordinator-fleet", "/coordination/flotte", "Véhicules et chauffeurs"],
      ["coordinator-sites", "/coordination/sites", "Dépôts et sites"],
      ["coordinator-catalogue", "/coordination/catalogue", "Horaires publiés des tournées"],
      ["coordinator-planning-empty", "/coordination/planification", "Planifier une journée"],
      ["coordinator-import", "/coordination/import", "Import et export"],
    ] as const;
    for (const [name, path, text] of screens) {
      await page.goto(`${url}${path}`);
      await expect.poll(() => page.locator("main").innerText(), { message: path }).toContain(text);
      await page.waitForLoadState("networkidle");
      if (name === "coordinator-household") {
        // Rights read as dates, as everywhere else: never the stored 'YYYY-MM-DD'.
        const rights = page.locator("section[aria-labelledby=eligibility-title]");
        await expect.poll(() => rights.innerText()).toMatch(/du \d{1,2} \S+ 20\d\d au \d{1,2} \S+ 20\d\d/);
        expect(await rights.innerText()).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
      }
      expect(await seriousViolations(page), path).toEqual([]);
      expect(await layoutProblems(page), path).toEqual([]);
      await screenshotBoth(page, name);
    }
    await page.evaluate(() => localStorage.setItem("tournee.locale", "en"));
    await page.goto(`${url}/coordination/semaine`);
    await expect.poll(() => page.locator("main").innerText()).toContain("The week");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-week-en");
    await page.evaluate(() => localStorage.removeItem("tournee.locale"));
  });
});
