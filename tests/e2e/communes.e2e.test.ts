import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_COORDINATOR, DEMO_RELAY } from "../support/app.ts";
import { describeInBrowser } from "../support/chromium.ts";
import { apiFromPage } from "../support/clocked-app.ts";
import { startJourney } from "../support/journey.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { PHONE, screenshotBoth } from "../support/screenshots.ts";
import { screenLoaded, signInWithPassword, signOut } from "../support/sign-in.ts";

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

/** Pages of a PDF as Chromium writes it: one `/Type /Page` dictionary per page. */
const pdfPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  await page.emulateMedia({ media: "screen" });
  return pdfPages(pdf);
}

describeInBrowser("a town hall hosts halts, prints its commune's poster, and anyone reads it without signing in", () => {
  const journey = startJourney();
  const main = () => journey.page.locator("main").innerText();
  let delegated: string[] = [];

  it("shows the town hall the halts it hosts, their next dates in words and each commune's figures", async () => {
    const { page, app } = journey;
    await signInWithPassword(page, app.url, DEMO_RELAY);
    delegated = (await apiFromPage<{ name: string }[]>(page, "GET", "/api/relay/households")).body.map((h) => h.name);
    expect(delegated.length).toBeGreaterThan(0);
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Haltes accueillies" }).click();
    await screenLoaded(page);
    await page.getByRole("heading", { level: 1, name: "Les haltes que vous accueillez" }).waitFor();
    await expect.poll(() => page.locator("section.hosted-halt").count()).toBe(2);
    const text = await main();
    expect(text).toContain("Lieu prêté : Salle du conseil de la mairie, les jours de pluie");
    expect(text).toMatch(/(lundi|mardi|mercredi|jeudi|vendredi|samedi) \d{1,2} \S+ \d{4}, de \d\d:\d\d à \d\d:\d\d · Tournée du/);
    // A small commune's figures are all below five in the demo: said in one sentence rather than a table of "< 5".
    expect(text).toMatch(/Chiffres de Bellegarde-en-Marche, par mois|Bellegarde-en-Marche : chaque mois depuis \S+ \d{4}, moins de 5 foyers servis/);
    expect(text).not.toMatch(ISO_DATE);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "town-hall-halts");
  });

  it("opens the commune's poster, which prints on one A4 page", async () => {
    const { page, browser } = journey;
    const [poster] = await Promise.all([
      browser.context.waitForEvent("page"),
      page.getByRole("link", { name: "Affiche de Bellegarde-en-Marche à imprimer" }).click(),
    ]);
    await poster.waitForLoadState();
    expect(poster.url()).toMatch(/\/communes\/23020-bellegarde-en-marche$/);
    await poster.getByRole("heading", { level: 1, name: "Le camion passe à Bellegarde-en-Marche" }).waitFor();
    const text = await poster.locator("main").innerText();
    expect(text).toContain("Salle du conseil de la mairie");
    expect(text).toMatch(/Par téléphone : 01 99 00 20 00/);
    expect(text).toContain(`Sur internet : ${new URL(journey.app.url).host}`);
    expect(await printedPages(poster)).toBe(1);
    expect(await seriousViolations(poster)).toEqual([]);
    await screenshotBoth(poster, "commune-poster");
    // The page count is read right: the same poster three times over takes more than one sheet.
    await poster.evaluate(() => document.querySelector("main")!.insertAdjacentHTML("beforeend", document.querySelector("main")!.innerHTML.repeat(2)));
    expect(await printedPages(poster)).toBeGreaterThan(1);
    await poster.close();
  });

  it("serves the public page without sign-in, with no household's name", async () => {
    const { app, browser } = journey;
    const anonymous = await browser.context.browser()!.newContext();
    const page = await anonymous.newPage();
    // An old link by the commune's name leads to its address by INSEE code.
    const res = await page.goto(`${app.url}/communes/champagnat`);
    expect(res?.status()).toBe(200);
    expect(page.url()).toMatch(/\/communes\/23048-champagnat$/);
    const text = await page.locator("body").innerText();
    expect(text).toContain("Le camion passe à Champagnat");
    expect(text).toContain("Préau de l'ancienne école");
    for (const name of delegated) expect(text).not.toContain(name);
    expect(text).not.toMatch(ISO_DATE);
    expect(await seriousViolations(page)).toEqual([]);
    await anonymous.close();
    await signOut(journey.page, app.url);
  });

  it("lets the coordinator see the halt's host on its screen and every commune's figures, with the posters' links", async () => {
    const { page, app } = journey;
    await signInWithPassword(page, app.url, DEMO_COORDINATOR);
    await page.goto(`${app.url}/coordination/arrets`);
    await screenLoaded(page);
    await page.getByRole("button", { name: "Bellegarde-en-Marche — Parking de la mairie, Bellegarde-en-Marche" }).click();
    const host = page.getByLabel("Mairie ou partenaire qui accueille la halte");
    await expect.poll(() => host.locator("option:checked").innerText()).toContain("Mairie de Bellegarde-en-Marche");
    expect(await page.getByLabel("Salle ou place prêtée (facultatif)").inputValue()).toBe("Salle du conseil de la mairie, les jours de pluie");
    expect(await page.getByRole("link", { name: "Page publique de Bellegarde-en-Marche (affiche à imprimer)" }).getAttribute("href")).toBe("/communes/23020-bellegarde-en-marche");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-halt-host");

    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Communes" }).click();
    await screenLoaded(page);
    await page.getByRole("heading", { level: 1, name: "Communes desservies" }).waitFor();
    await expect.poll(() => page.locator("main tbody tr").count()).toBeGreaterThan(10);
    const cells = await page.locator("main tbody td:not(:last-child)").allInnerTexts();
    for (const cell of cells) expect(cell === "< 5" || Number(cell) >= 5, cell).toBe(true);
    expect(await page.getByRole("link", { name: "Affiche de Champagnat" }).getAttribute("href")).toBe("/communes/23048-champagnat");
    expect(await main()).not.toMatch(ISO_DATE);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-communes");
  });
});
