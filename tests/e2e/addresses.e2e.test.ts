import { expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_COORDINATOR } from "../support/app.ts";
import { describeInBrowser } from "../support/chromium.ts";
import { apiFromPage, startClockedJourney } from "../support/clocked-app.ts";
import { startFakeBan } from "../support/fake-ban.ts";
import { screenshotBoth } from "../support/screenshots.ts";
import { signInWithPassword } from "../support/sign-in.ts";

interface Stop {
  name: string;
  addressLine: string | null;
  city: string;
  latitude: number;
  longitude: number;
}

describeInBrowser("a coordinator places halts from an address or from the keyboard", () => {
  const ban = startFakeBan();
  // A tile source (nothing answers on port 9) so the map shows its attribution links, which axe checks.
  const journey = startClockedJourney({ env: () => ({ ...process.env, TOURNEE_GEOCODER_URL: ban.url, TILE_URL: "http://127.0.0.1:9/{z}/{x}/{y}.png" }) });
  const stops = async () => (await apiFromPage<Stop[]>(journey.page, "GET", "/api/stops")).body;
  const draftPin = () => journey.page.locator(".map-marker--selected");

  it("searches an address, picks it: the pin moves and the address fills in; the saved halt is there after a reload", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, DEMO_COORDINATOR);
    await page.goto(`${url}/coordination/arrets`);
    expect(await draftPin().count()).toBe(0);
    await page.getByLabel("Chercher une adresse").fill("8 rue vieille aubusson");
    await page.getByLabel("Chercher une adresse").press("Enter");
    const results = page.getByRole("list", { name: "Adresses trouvées" });
    await results.waitFor();
    expect(await page.getByRole("status").allInnerTexts()).toContain("4 adresses trouvées : choisissez-en une dans la liste.");
    await page.locator(".leaflet-control-attribution a").first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-address-results");
    await results.getByRole("button", { name: "8 Rue Vieille 23200 Aubusson" }).click();

    expect(await page.getByLabel("Adresse (facultatif)").inputValue()).toBe("8 Rue Vieille");
    expect(await page.getByLabel("Commune").inputValue()).toBe("Aubusson");
    expect(await page.getByLabel("Latitude").inputValue()).toBe("45.95567");
    expect(await page.getByLabel("Longitude").inputValue()).toBe("2.16894");
    await expect.poll(() => draftPin().count()).toBe(1);
    const canvas = (await page.getByRole("region", { name: "Carte des arrêts" }).boundingBox())!;
    const pin = (await draftPin().boundingBox())!;
    expect(pin.x).toBeGreaterThan(canvas.x);
    expect(pin.x + pin.width).toBeLessThan(canvas.x + canvas.width);
    expect(pin.y).toBeGreaterThan(canvas.y);
    expect(pin.y + pin.height).toBeLessThan(canvas.y + canvas.height);
    expect(ban.queries.map((q) => [...q.keys()].sort().join())).toEqual(["limit,q"]);

    await page.getByLabel("Nom de l'arrêt").fill("Rue Vieille");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect.poll(() => page.getByRole("status").allInnerTexts()).toContain("Arrêt enregistré : Rue Vieille");
    await page.reload();
    await page.getByRole("button", { name: "Rue Vieille, Aubusson" }).click();
    expect(await page.getByLabel("Adresse (facultatif)").inputValue()).toBe("8 Rue Vieille");
    expect((await stops()).find((s) => s.name === "Rue Vieille")).toMatchObject({ addressLine: "8 Rue Vieille", city: "Aubusson", latitude: 45.95567, longitude: 2.16894 });
  });

  it("places a new halt's pin from the keyboard: typed position, then moved east by 100 m, announced", async () => {
    const { page } = journey;
    await page.getByRole("button", { name: "Saisir un nouvel arrêt" }).click();
    await page.getByLabel("Nom de l'arrêt").focus();
    await page.keyboard.type("Croix du Mont");
    await page.keyboard.press("Tab"); // address
    await page.keyboard.press("Tab"); // commune
    await page.keyboard.type("Felletin");
    await page.keyboard.press("Tab");
    await page.keyboard.type("45,88278");
    await page.keyboard.press("Tab");
    await page.keyboard.type("2,17444");
    await expect.poll(() => draftPin().count()).toBe(1);
    await page.getByRole("radio", { name: "100 m" }).focus();
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: "Est", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("status").allInnerTexts()).toContain("Épingle déplacée de 100 m vers : Est. Position : 45.88278, 2.17573.");
    expect(await page.getByLabel("Longitude").inputValue()).toBe("2.17573");
    await page.getByRole("button", { name: "Enregistrer" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await stops()).find((s) => s.name === "Croix du Mont")?.longitude).toBe(2.17573);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-stops-keyboard");
  });

  it("tells to place the pin by hand when the address service is down", async () => {
    const { page } = journey;
    ban.down = true;
    try {
      await page.getByLabel("Chercher une adresse").fill("8 rue vieille aubusson");
      await page.getByRole("button", { name: "Chercher", exact: true }).click();
      await expect.poll(() => page.getByRole("status").allInnerTexts()).toContain("La recherche d'adresse ne répond pas : placez l'épingle sur la carte à la place.");
    } finally {
      ban.down = false;
    }
  });

  it("shows the import errors of a bad CSV file in French, by line and column", async () => {
    const { page, url } = journey;
    await page.goto(`${url}/coordination/import`);
    await page.getByRole("radio", { name: "Arrêts" }).check();
    const csv = "\uFEFFname;city;latitude;longitude\r\nLavoir;Felletin;quarante-cinq;2,17\r\nFontaine;;45,9;2,1\r\n";
    await page.getByLabel("Fichier CSV").setInputFiles({ name: "arrets.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.getByRole("button", { name: "Vérifier le fichier" }).click();
    const errors = page.getByRole("table", { name: "Erreurs par ligne" });
    await errors.waitFor();
    expect((await errors.locator("tbody tr").allInnerTexts()).map((r) => r.split("\t"))).toEqual([
      ["2", "latitude", "« quarante-cinq » n'est pas un nombre (par exemple 45,95)."],
      ["3", "city", "Case vide : cette colonne doit être remplie sur chaque ligne."],
    ]);
  });
});
