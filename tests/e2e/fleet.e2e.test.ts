import { expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_COORDINATOR } from "../support/app.ts";
import { describeInBrowser } from "../support/chromium.ts";
import { startClockedJourney } from "../support/clocked-app.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { screenshotBoth } from "../support/screenshots.ts";
import { screenLoaded, signInWithPassword } from "../support/sign-in.ts";

const VAN = "Fourgonnette";
/** The demo day's home drops go out in the volunteer's own car. */
const CAR = "Voiture de Nadia";
const LEAVER = "Paul Départ";
const SPARE = "Utilitaire de secours";

describeInBrowser("a coordinator keeps the fleet and its sites up to date: changes a vehicle, takes one out of service (not one today's rounds need), removes a driver who left, adds a farm", () => {
  /** Its own product: the journey changes the demo's fleet, which other journeys plan with. */
  const journey = startClockedJourney();

  it("changes a capacity after being told what to fix, keeping what was typed", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, DEMO_COORDINATOR);
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Véhicules et chauffeurs" }).click();
    await screenLoaded(page);
    const vehicles = page.getByRole("region", { name: "Véhicules", exact: true });
    await vehicles.getByRole("button", { name: `Modifier ${VAN}` }).click();
    const form = page.locator("form", { has: page.getByRole("heading", { name: `Modifier ${VAN}` }) });
    const chilled = form.getByLabel("Capacité frais", { exact: false });
    await chilled.fill("douze");
    await form.getByRole("button", { name: `Enregistrer ${VAN}` }).click();
    await expect.poll(() => form.locator(".field__error").allInnerTexts()).toEqual(["Indiquez un nombre entier de 0 à 100 000, ou laissez vide."]);
    expect(await chilled.inputValue()).toBe("douze");

    await chilled.fill("120");
    await form.getByRole("button", { name: `Enregistrer ${VAN}` }).click();
    await expect.poll(() => form.getByRole("status").innerText()).toBe(`${VAN} est enregistré.`);
    await expect.poll(() => vehicles.getByText("frais : 120", { exact: true }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("is told the car cannot leave the service while the demo day's rounds use it; takes a spare van out after confirming in the page", async () => {
    const { page } = journey;
    const vehicles = page.getByRole("region", { name: "Véhicules", exact: true });
    const retireVan = vehicles.getByRole("button", { name: `Retirer ${CAR} du service` });
    await retireVan.click();
    await page.keyboard.press("Escape");
    await expect.poll(() => retireVan.evaluate((el) => el === document.activeElement)).toBe(true);
    await retireVan.click();
    const vanConfirmation = page.getByRole("group", { name: new RegExp(`^Retirer ${CAR} du service \\?`) });
    expect(await vanConfirmation.evaluate((el) => el === document.activeElement)).toBe(true);
    await vanConfirmation.getByRole("button", { name: `Oui, retirer ${CAR}` }).click();
    await expect.poll(() => vanConfirmation.getByRole("alert").allInnerTexts()).toContainEqual(expect.stringContaining("Impossible pour l'instant : des tournées publiées ou en cours à venir en dépendent"));
    expect(await seriousViolations(page)).toEqual([]);
    await vanConfirmation.getByRole("button", { name: "Annuler" }).click();

    const add = page.locator("form", { has: page.getByRole("button", { name: "Ajouter un véhicule" }) });
    await add.getByLabel("Nom du véhicule").fill(SPARE);
    await add.getByLabel(/^Capacité sec/).fill("600");
    await add.getByRole("button", { name: "Ajouter un véhicule" }).click();
    await expect.poll(() => vehicles.getByRole("heading", { name: SPARE }).count()).toBe(1);
    await vehicles.getByRole("button", { name: `Retirer ${SPARE} du service` }).click();
    const confirmation = page.getByRole("group", { name: new RegExp(`^Retirer ${SPARE} du service \\?`) });
    await confirmation.getByRole("button", { name: `Oui, retirer ${SPARE}` }).click();

    await expect.poll(() => page.getByRole("status").filter({ hasText: `${SPARE} est retiré du service.` }).count()).toBe(1);
    await expect.poll(() => vehicles.getByRole("heading", { name: SPARE }).count()).toBe(0);
    const retired = page.getByRole("region", { name: "Véhicules retirés du service" });
    expect(await retired.getByRole("button", { name: `Remettre ${SPARE} en service` }).count()).toBe(1);
  });

  it("removes a driver who left, after confirming; their account is disabled", async () => {
    const { page } = journey;
    const add = page.locator("form", { has: page.getByRole("heading", { name: "Ajouter un chauffeur ou une chauffeuse" }) });
    await add.getByLabel("Nom et prénom").fill(LEAVER);
    await add.getByRole("button", { name: "Ajouter un chauffeur ou une chauffeuse" }).click();
    const drivers = page.getByRole("region", { name: "Chauffeurs" });
    await drivers.getByRole("button", { name: `Retirer ${LEAVER} des chauffeurs` }).click();
    await page.getByRole("button", { name: `Oui, retirer ${LEAVER}` }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: `${LEAVER} ne fait plus partie des chauffeurs ; son compte est désactivé.` }).count()).toBe(1);
    await expect.poll(() => drivers.getByRole("heading", { name: LEAVER }).count()).toBe(0);

    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-fleet-retired");
  });

  it("adds a farm, told in words when its postcode does not match its country; a new vehicle starts from it; a depot vehicles start from cannot be retired", async () => {
    const { page } = journey;
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Dépôts et sites" }).click();
    await screenLoaded(page);
    const form = page.locator("form", { has: page.getByRole("heading", { name: "Ajouter un site" }) });
    await form.getByLabel("Type de site").selectOption("farm");
    await form.getByLabel("Nom", { exact: true }).fill("Ferme des Combes");
    await form.getByLabel("Adresse", { exact: true }).fill("Les Combes");
    await form.getByLabel("Code postal").fill("AD500");
    await form.getByLabel("Commune").fill("Felletin");
    await form.getByLabel("Latitude").fill("45,88");
    await form.getByLabel("Longitude").fill("2,17");
    await form.getByLabel("Heures d'ouverture").fill("lun-ven 8h-12h");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await expect.poll(() => form.locator(".field__error").allInnerTexts()).toEqual(["Ce code postal ne correspond pas au pays choisi (France)."]);
    await form.getByLabel("Pays").selectOption("AD");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await expect.poll(() => page.getByRole("status").allInnerTexts()).toContain("Site enregistré : Ferme des Combes");
    const sites = page.getByRole("table", { name: /sites? en service/ });
    const depot = sites.locator("tr", { hasText: "Camion frigorifique" });
    expect(await depot.getByText("Changez d'abord le site de départ de ces véhicules").count()).toBe(1);
    expect(await depot.getByRole("button", { name: /^Retirer/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-sites");

    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Véhicules et chauffeurs" }).click();
    await screenLoaded(page);
    const add = page.locator("form", { has: page.getByRole("heading", { name: "Ajouter un véhicule" }) });
    await expect.poll(() => add.getByLabel("Part de").locator("option").allInnerTexts()).toContain("Ferme des Combes");
  });
});
