import { expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_COORDINATOR } from "../support/app.ts";
import { describeInBrowser } from "../support/chromium.ts";
import { apiFromPage, startClockedJourney } from "../support/clocked-app.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { LAPTOP, PHONE, screenshotBoth } from "../support/screenshots.ts";
import { signInWithPassword } from "../support/sign-in.ts";

const PRODUCT = "Soupe de légumes 1 L";
const ROUND = "Tournée du jeudi — plateau";

describeInBrowser("a coordinator manages products, round templates and drivers' availability", () => {
  const journey = startClockedJourney();
  const main = () => journey.page.locator("main").innerText();
  const status = () => journey.page.getByRole("status").allInnerTexts();

  /** axe at phone and laptop sizes (no serious or critical violation), the layout probe, and both screenshots. */
  async function checkScreen(name: string) {
    const { page } = journey;
    for (const size of [PHONE, LAPTOP]) {
      await page.setViewportSize(size);
      expect(await seriousViolations(page), `${name} at ${size.width}px`).toEqual([]);
    }
    expect(await layoutProblems(page), name).toEqual([]);
    await screenshotBoth(page, name);
  }

  it("creates a product offered to households, after fixing the price the server refused, and sets its stock for a round", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, DEMO_COORDINATOR);
    await page.getByRole("link", { name: "Produits et horaires" }).click();
    await page.getByRole("button", { name: "Nouveau produit" }).click();
    await page.getByLabel("Référence (unique)").fill("SOUPE-1L");
    await page.getByLabel("Nom du produit").fill(PRODUCT);
    await page.getByLabel("Rayon").fill("Conserves");
    await page.getByLabel(/^Unité de vente/).fill("brique");
    await page.getByLabel("Prix normal en euros").fill("-2,50");
    await page.getByRole("button", { name: "Ajouter un produit" }).click();
    await expect.poll(() => page.getByRole("alert").first().innerText()).toContain("Certaines informations sont à corriger");
    expect(await main()).toContain("Indiquez un prix en euros, 0 ou plus");
    expect(await page.getByLabel("Nom du produit").inputValue()).toBe(PRODUCT);
    await checkScreen("management-product-price-error");

    await page.getByLabel("Prix normal en euros").fill("2,50");
    await page.getByRole("button", { name: "Ajouter un produit" }).click();
    await expect.poll(status).toContain(`Produit ajouté et proposé aux foyers : ${PRODUCT}. Indiquez ci-dessous le stock par tournée.`);
    await expect.poll(main).toContain("Ce produit est proposé aux foyers.");
    await page.getByLabel("Date", { exact: true }).fill("2030-06-04");
    await page.getByLabel("Quantité emportée").fill("30");
    await page.getByRole("button", { name: "Enregistrer le stock" }).click();
    await expect.poll(() => status().then((s) => s.join("\n"))).toMatch(/Stock enregistré : 30 pour .+, mardi 4 juin \(0 déjà commandé\)/);
    const planned = page.getByRole("table", { name: "Stock prévu à partir d'aujourd'hui" });
    await expect.poll(() => planned.locator("tbody tr").allInnerTexts()).toEqual([expect.stringMatching(/^mardi 4 juin\t.+\t30\t0$/)]);
    await checkScreen("management-catalogue");
  });

  it("creates a round template with two timed halts, is told which halt's time is wrong, adds a bank holiday and generates the passages", async () => {
    const { page } = journey;
    await page.getByRole("link", { name: "Tournées types", exact: true }).click();
    await page.getByRole("button", { name: "Nouvelle tournée type" }).click();
    await page.getByLabel("Nom de la tournée").fill(ROUND);
    await page.getByLabel("Jour de la semaine").selectOption("4");
    await page.getByLabel("Premier jour").fill("2031-01-02");
    await page.getByLabel("Heure de départ du camion").fill("07:30");
    await page.getByRole("button", { name: "Ajouter un arrêt" }).click();
    await page.getByRole("button", { name: "Ajouter un arrêt" }).click();
    const second = await page.getByLabel("Lieu de l'arrêt 2").locator("option").nth(1).getAttribute("value");
    await page.getByLabel("Lieu de l'arrêt 2").selectOption(second!);
    await page.getByLabel("Heure d'arrivée à l'arrêt 1").fill("09:00");
    await page.getByLabel("Durée à l'arrêt 1 (minutes)").fill("30");
    await page.getByLabel("Heure d'arrivée à l'arrêt 2").fill("09:15");
    await page.getByRole("button", { name: "Créer la tournée type" }).click();
    await expect.poll(() => page.getByRole("alert").first().innerText()).toContain("Certaines informations sont à corriger");
    expect(await main()).toContain("Cette heure doit venir après la fin de l'arrêt précédent.");
    await page.getByLabel("Heure d'arrivée à l'arrêt 2").fill("10:00");
    await page.getByRole("button", { name: "Créer la tournée type" }).click();
    await expect.poll(status).toContain(`Tournée type créée : ${ROUND}. Ajoutez les jours fériés ci-contre, puis créez les passages.`);

    await page.getByLabel("Jour", { exact: true }).fill("2031-05-01");
    await page.getByLabel("Raison").fill("Fête du Travail");
    await page.getByRole("button", { name: "Ajouter un jour sans tournée" }).click();
    await expect.poll(status).toContain("Enregistré : pas de tournée le jeudi 1 mai.");
    await expect.poll(main).toContain("jeudi 1 mai : pas de tournée (Fête du Travail)");

    await page.getByLabel("Du", { exact: true }).fill("2031-04-20");
    await page.getByLabel("Au", { exact: true }).fill("2031-05-20");
    await page.getByRole("button", { name: "Créer les passages de la période" }).click();
    const dates = page.getByRole("list", { name: "Dates de la tournée" });
    await dates.waitFor();
    expect(await dates.locator("li").allInnerTexts()).toEqual(["jeudi 24 avril", "jeudi 8 mai", "jeudi 15 mai"]);
    expect(await page.getByRole("list", { name: "Dates sautées" }).innerText()).toContain("jeudi 1 mai : pas de tournée (Fête du Travail)");
    await expect.poll(main).toMatch(/\d+ passages? créés?, 0 existait déjà, sur 3 dates/);
    await checkScreen("management-templates");
  });

  it("sets a driver's weekly slot and a day off", async () => {
    const { page } = journey;
    const [driver] = (await apiFromPage<{ displayName: string }[]>(page, "GET", "/api/drivers")).body;
    await page.getByRole("link", { name: "Véhicules et chauffeurs" }).click();
    await page.getByRole("button", { name: `Modifier les disponibilités de ${driver!.displayName}` }).click();
    await page.getByRole("button", { name: "Ajouter un créneau" }).click();
    await page.getByLabel(/^Jour du créneau/).last().selectOption("6");
    await page.getByLabel(/^Début du créneau/).last().fill("13:00");
    await page.getByLabel(/^Fin du créneau/).last().fill("17:00");
    await page.getByRole("button", { name: "Ajouter une date particulière" }).click();
    await page.getByLabel("Date 1", { exact: true }).fill("2031-05-14");
    await page.getByRole("button", { name: `Enregistrer les disponibilités de ${driver!.displayName}` }).click();
    await expect.poll(() => status().then((s) => s.join("\n"))).toContain(`Disponibilités de ${driver!.displayName} enregistrées`);
    await checkScreen("management-fleet-availability");
  });

  it("finds everything saved after reloading each screen", async () => {
    const { page, url } = journey;
    await page.reload();
    await expect.poll(main).toContain("samedi de 13:00 à 17:00");
    expect(await main()).toContain("mercredi 14 mai : pas disponible");

    await page.goto(`${url}/coordination/catalogue`);
    const row = page.getByRole("row", { name: new RegExp(PRODUCT) });
    await expect.poll(() => row.innerText()).toContain("proposé, prix solidaire");
    expect(await row.innerText()).toContain("2,50");

    await page.goto(`${url}/coordination/tournees-types`);
    await page.getByRole("button", { name: new RegExp(`^${ROUND}`) }).click();
    await expect.poll(main).toContain("jeudi 1 mai : pas de tournée (Fête du Travail)");
    const timetable = await page.getByRole("table").first().innerText();
    expect(timetable).toContain("de 09:00 à 09:30");
    expect(timetable).toContain("de 10:00 à");
  });
});
