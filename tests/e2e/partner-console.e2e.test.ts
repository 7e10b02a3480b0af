/**
 * The Red Cross's own console, in the browser: its nine households (one served at home) and no one else's, its
 * products, and the concern the grocery's driver raised at one of its households (absent,
 * shutters closed), which its coordinator acknowledges with how it is followed up. The grocery's
 * coordinator finds none of the Red Cross's households nor that concern in her console.
 */
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_COORDINATOR, DEMO_PASSWORD } from "../support/app.ts";
import { describeInBrowser } from "../support/chromium.ts";
import { startJourney } from "../support/journey.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { screenshotBoth } from "../support/screenshots.ts";
import { screenLoaded, signInWithPassword, signOut } from "../support/sign-in.ts";

const RED_CROSS = { email: "croixrouge@tournee.test", password: DEMO_PASSWORD };
const RED_CROSS_HOUSEHOLDS = ["Mme Vasseur", "M. Abdelkader", "Famille Kerbrat", "Mme Oliveira", "M. Quillet", "Mme Zerbib", "M. et Mme Hamelin", "Mme Tchakounté", "Mme Valadour"];
const plain = (text: string) => text.replace(/[\u00a0\u202f\s]+/g, " ");
const mainText = async (page: Page) => plain(await page.locator("main").innerText());
/** The names of the households listed, each a link to its page. */
const listedHouseholds = (page: Page) => page.locator("main table a[href^='/coordination/foyers/']").allInnerTexts();

async function open(page: Page, link: string): Promise<void> {
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: link, exact: true }).click();
  await screenLoaded(page);
}

describeInBrowser("a partner charity works on its own households, products and drivers' alerts", () => {
  const journey = startJourney();

  it("lists the Red Cross its own households only, and its products", async () => {
    const { page, app } = journey;
    await signInWithPassword(page, app.url, RED_CROSS);
    await open(page, "Foyers");
    await expect.poll(async () => (await listedHouseholds(page)).sort()).toEqual([...RED_CROSS_HOUSEHOLDS].sort());
    expect(await mainText(page)).not.toMatch(/\b20\d\d-\d\d-\d\d\b|\bundefined\b|NaN/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "partner-console-households");

    await open(page, "Produits");
    await expect.poll(() => mainText(page)).toContain("Colis alimentaire");
    expect(await mainText(page)).toContain("Kit d'hygiène");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "partner-console-products");
  });

  it("shows the Red Cross the concern raised at its household, and takes its follow-up", async () => {
    const { page } = journey;
    await open(page, "Alertes des chauffeurs");
    await expect.poll(() => mainText(page)).toContain("Mme Zerbib — Absente, volets fermés");
    expect(await mainText(page)).toContain("Volets fermés et courrier dans la boîte");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "partner-console-alerts");
    await page.getByLabel("Suite donnée (facultatif)").first().fill("Appelé sa fille à Guéret : elle passe la voir ce soir");
    await page.getByRole("button", { name: "Pris en compte pour Mme Zerbib" }).click();
    await expect.poll(() => mainText(page)).toContain("Appelé sa fille à Guéret : elle passe la voir ce soir");
    await page.getByRole("link", { name: "Mme Zerbib" }).click();
    await screenLoaded(page);
    await expect.poll(() => mainText(page)).toContain("Mme Zerbib");
    expect(await mainText(page)).not.toMatch(/\b20\d\d-\d\d-\d\d\b|\bundefined\b|NaN/);
    await signOut(page, journey.app.url);
  });

  it("keeps the Red Cross's households and their concern out of the grocery's console", async () => {
    const { page, app } = journey;
    await signInWithPassword(page, app.url, DEMO_COORDINATOR);
    await open(page, "Foyers");
    await expect.poll(async () => (await listedHouseholds(page)).length).toBeGreaterThan(20);
    const households = await listedHouseholds(page);
    for (const name of RED_CROSS_HOUSEHOLDS) expect(households).not.toContain(name);
    await open(page, "Semaine");
    await expect.poll(() => page.getByTestId("week-alerts").count()).toBe(1);
    expect(await mainText(page)).not.toContain("Volets fermés");
    await signOut(page, app.url);
  });
});
