/**
 * The administrator's week on the demo: lands on the organisations, creates one after a refused
 * postcode; invites a new coordinator of the bakery, whose one-time link signs her in once and
 * shows on the people's screen as accepted with her last sign-in; disables her account, which
 * ends her session; switches the console to the bakery (every screen names it); and reads the
 * change log filtered by person. axe finds no serious or critical violation on these screens.
 */
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { DEMO_PASSWORD } from "../support/app.ts";
import { checkDesktopScreen, openScreen } from "../support/console-screens.ts";
import { describeInBrowser, openBrowser } from "../support/chromium.ts";
import { startClockedJourney } from "../support/clocked-app.ts";
import { screenLoaded, signInWithPassword } from "../support/sign-in.ts";

const ADMIN = { email: "admin@tournee.test", password: DEMO_PASSWORD };
const NEWCOMER = "Lucie Fargeas";

const main = (page: Page) => page.locator("main").innerText();

describeInBrowser("the administrator's week", () => {
  const journey = startClockedJourney();
  let link = "";

  const checkScreen = (name: string) => checkDesktopScreen(journey.page, name);

  it("lands on the organisations and creates one, after the postcode it refused", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, ADMIN);
    expect(new URL(page.url()).pathname).toBe("/admin/organisations");
    await expect.poll(() => main(page)).toContain("Fournil solidaire d'Aubusson");
    await checkScreen("admin-organisations");

    await page.getByRole("button", { name: "Créer une organisation" }).click();
    await page.getByLabel("Nom", { exact: true }).fill("AMAP du Plateau de Gentioux");
    await page.getByLabel("Type").selectOption("amap");
    await page.getByLabel("Code postal").fill("2334");
    await page.getByLabel("Commune").fill("Gentioux-Pigerolles");
    await page.getByLabel("Nombre de jours avant le passage").fill("2");
    await page.getByLabel(/Appliquer par défaut le taux/).uncheck();
    await page.getByRole("button", { name: "Créer une organisation" }).last().click();
    await expect.poll(() => main(page)).toContain("Un code postal a 5 chiffres, par exemple 23200.");
    expect(await page.getByLabel("Commune").inputValue()).toBe("Gentioux-Pigerolles");
    await page.getByLabel("Code postal").fill("23340");
    await page.getByRole("button", { name: "Créer une organisation" }).last().click();
    await expect.poll(() => page.getByRole("status").allInnerTexts()).toContain("AMAP du Plateau de Gentioux est créée.");
    await expect.poll(() => main(page)).toContain("2 jours avant à 18:00");
  });

  it("invites a coordinator of the bakery: the code is shown once, and its link signs her in", async () => {
    const { page } = journey;
    await openScreen(page, "Personnes");
    await expect.poll(() => main(page)).toContain("Karim Oudjani");
    await checkScreen("admin-people");
    await page.getByRole("button", { name: "Ajouter une personne" }).click();
    await page.getByLabel("Nom", { exact: true }).fill(NEWCOMER);
    await page.getByLabel("Adresse e-mail", { exact: true }).fill("lucie.fargeas@example.org");
    await page.getByLabel("Organisation", { exact: true }).last().selectOption({ label: "Fournil solidaire d'Aubusson" });
    await page.getByLabel("Rôle").selectOption("coordinator");
    await page.getByRole("button", { name: "Inviter" }).click();
    await expect.poll(() => main(page)).toContain(`L'invitation de ${NEWCOMER} est enregistrée.`);
    link = (await page.locator(".one-time-access a").getAttribute("href")) ?? "";
    expect(link).toMatch(/\/connexion\?code=\d{8}$/);
    await checkScreen("admin-invitation");

    const newcomer = await openBrowser();
    const hers = newcomer.context.pages()[0] ?? (await newcomer.context.newPage());
    await hers.goto(link);
    await hers.getByRole("button", { name: "Se connecter" }).click();
    await hers.waitForURL(/\/boulangerie\/semaine$/);
    expect(await hers.locator(".organisation-bar").innerText()).toContain("Fournil solidaire d'Aubusson");

    await page.reload();
    await screenLoaded(page);
    await page.getByLabel("Chercher un nom ou une adresse e-mail").fill("Fargeas");
    await expect.poll(() => main(page)).not.toContain("aucune pour l'instant");
    await page.getByRole("button", { name: `Gérer ${NEWCOMER}` }).click();
    await page.getByRole("button", { name: `Désactiver le compte de ${NEWCOMER}` }).click();
    await page.getByRole("button", { name: "Désactiver", exact: true }).click();
    await expect.poll(() => page.getByRole("status").allInnerTexts()).toContain(`Le compte de ${NEWCOMER} est désactivé.`);
    await hers.reload();
    await hers.waitForURL(/\/connexion/);
    await newcomer.close();
  });

  it("switches the console to the bakery: the menu and every screen say so", async () => {
    const { page } = journey;
    await page.getByLabel("Organisation affichée").selectOption({ label: "Fournil solidaire d'Aubusson" });
    await page.getByRole("button", { name: "Afficher" }).click();
    await expect.poll(() => page.getByRole("navigation", { name: "Navigation principale" }).innerText()).toContain("La semaine du fournil");
    await openScreen(page, "La semaine du fournil");
    expect(await page.getByLabel("Organisation affichée").locator("option:checked").innerText()).toBe("Fournil solidaire d'Aubusson");
    await expect.poll(() => main(page)).toMatch(/pains? commandés? sur/);
  });

  it("reads the change log of what it did, filtered by person", async () => {
    const { page } = journey;
    await openScreen(page, "Journal des changements");
    await page.getByLabel("Personne").selectOption({ label: "Administration Tournée" });
    // The whole log holds orders placed by others; filtered, only what the administrator did.
    await expect.poll(async () => { const shown = await main(page); return shown.includes(`Administration Tournée a invité le compte de ${NEWCOMER}.`) && !shown.includes("a passé la commande"); }).toBe(true);
    const log = await main(page);
    expect(log).toContain("Administration Tournée a créé l'organisation « AMAP du Plateau de Gentioux ».");
    expect(log).toContain(`Administration Tournée a désactivé le compte de ${NEWCOMER}.`);
    // What changed reads as words and French values, never as the raw record.
    const created = page.getByRole("row", { name: /a créé l'organisation « AMAP du Plateau de Gentioux »/ });
    await created.getByText("Voir ce qui a changé").click();
    const changes = await created.getByRole("definition").allInnerTexts();
    expect(changes).toContain("Gentioux-Pigerolles");
    expect(changes).toContain("18:00");
    expect(await main(page)).not.toMatch(/[{}"]|cutoffMinute|\b[0-9a-f]{8}-[0-9a-f]{4}-/);
    // The browser draws its date box in its own language; the date chosen is written out in French.
    await page.getByLabel("Du", { exact: true }).fill("2020-01-01");
    await expect.poll(() => main(page)).toContain("mercredi 1 janvier 2020");
    await checkScreen("admin-audit");
  });
});
