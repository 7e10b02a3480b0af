/**
 * The solidarity bakery's week on the demo: its coordinator lands on the bakery's coming days
 * (a bakery's menu, not the grocery's), reads what to bake for the grocery's next round, and
 * those figures are the bread ordered on the grocery's rounds as the grocery's own production
 * sheet counts it; then changes a price after a refused one, and reads the rounds that carry
 * its bread. axe finds no serious or critical violation on any of these screens.
 */
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_COORDINATOR, DEMO_PASSWORD } from "../support/app.ts";
import { describeInBrowser, openBrowser } from "../support/chromium.ts";
import { apiFromPage, startClockedJourney } from "../support/clocked-app.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { LAPTOP, screenshotBoth } from "../support/screenshots.ts";
import { screenLoaded, signInWithPassword } from "../support/sign-in.ts";

const BAKER = { email: "boulangerie@tournee.test", password: DEMO_PASSWORD };
interface BreadDay { date: string; total: number; rounds: { carrier: { name: string } }[] }

/** A table's body rows as [header cell, …cells] texts. */
const rows = (page: Page, name: string | RegExp) =>
  page.getByRole("table", { name }).locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => (c as HTMLElement).innerText.trim())));

describeInBrowser("the bakery's week", () => {
  const journey = startClockedJourney();
  let groceryDay = "";

  async function checkScreen(name: string) {
    const { page } = journey;
    await page.setViewportSize(LAPTOP);
    expect(await seriousViolations(page), name).toEqual([]);
    expect(await layoutProblems(page), name).toEqual([]);
    await screenshotBoth(page, name);
  }

  it("lands on the bakery's coming days, with a bakery's menu and the organisation named on the screen", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, BAKER);
    expect(new URL(page.url()).pathname).toBe("/boulangerie/semaine");
    expect(await page.locator(".organisation-bar").innerText()).toContain("Fournil solidaire d'Aubusson");
    const nav = await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link").allInnerTexts();
    expect(nav).toEqual(expect.arrayContaining(["La semaine du fournil", "Production", "Pains et prix", "Tournées et retraits", "Planification", "Foyers"]));
    expect(nav).not.toContain("Arrêts");
    expect(nav).not.toContain("Import et export");
    await expect.poll(() => page.locator("main").innerText()).toMatch(/pains? commandés? sur \d+ jour/);
    expect(await page.locator("main").innerText()).toContain("Épicerie solidaire du Pays d'Aubusson");
    await checkScreen("bakery-week");

    const today = new Date().toISOString().slice(0, 10);
    const later = new Date(Date.now() + 13 * 86_400_000).toISOString().slice(0, 10);
    const days = (await apiFromPage<BreadDay[]>(page, "GET", `/api/bread?from=${today}&to=${later}`)).body;
    groceryDay = days.find((d) => d.total > 0 && d.rounds.some((r) => r.carrier.name.startsWith("Épicerie")))?.date ?? "";
    expect(groceryDay, "bread is ordered on the grocery's coming rounds").not.toBe("");
  });

  it("bakes for the grocery's next round exactly the bread ordered on it, as the grocery's own production sheet counts it", async () => {
    const { page, url } = journey;
    await page.getByRole("link", { name: "Production" }).click();
    await screenLoaded(page);
    await page.getByLabel("Jour de cuisson").fill(groceryDay);
    await expect.poll(() => page.getByRole("heading", { level: 2 }).first().innerText()).toMatch(/^À cuire pour le .+ : \d+ pains?$/);
    const baked = await rows(page, "Par pain");
    expect(baked.length).toBeGreaterThan(0);
    await checkScreen("bakery-production");

    // The grocery's coordinator opens the grocery's "production de la boulangerie" for the same day.
    const grocery = await openBrowser();
    const other = grocery.context.pages()[0] ?? (await grocery.context.newPage());
    await signInWithPassword(other, url, DEMO_COORDINATOR);
    await other.goto(`${url}/api/bakery-production?date=${groceryDay}`);
    expect(await other.locator("body").innerText()).not.toContain("Aucune commande de pain");
    const sheet = await other.locator("h2:has-text('Total à produire') + table tr").evaluateAll((trs) => trs.slice(1).map((tr) => [...tr.querySelectorAll("td")].map((c) => c.textContent!.trim())));
    await grocery.close();
    expect(sheet.map(([product, unit, quantity]) => [product, unit, quantity]).sort()).toEqual(baked.map(([product, unit, quantity]) => [product, unit, quantity]).sort());
  });

  it("changes a price after the one typed was refused, the field named and what was typed kept", async () => {
    const { page } = journey;
    await page.getByRole("link", { name: "Pains et prix" }).click();
    await screenLoaded(page);
    await page.getByRole("button", { name: "Modifier Creusois aux noisettes" }).click();
    await page.getByLabel("Prix", { exact: true }).fill("huit euros");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("Écrivez un prix en euros, par exemple 1,15.");
    expect(await page.getByLabel("Nom").inputValue()).toBe("Creusois aux noisettes");
    await page.getByLabel("Prix", { exact: true }).fill("8,20");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect.poll(() => page.getByRole("status").allInnerTexts()).toContain("Creusois aux noisettes est enregistré.");
    await expect.poll(() => rows(page, /pains au catalogue/).then((r) => r.find((cells) => cells[0]!.startsWith("Creusois"))?.[1])).toBe("8,20 €");
    await checkScreen("bakery-catalogue");
  });

  it("reads the rounds that carry its bread, the grocery's and its own portage, and when each collects it", async () => {
    const { page } = journey;
    await page.getByRole("link", { name: "Tournées et retraits" }).click();
    await screenLoaded(page);
    const rounds = await rows(page, /tournées? portent? votre pain/);
    expect(rounds.map((r) => r[0]!.split("\n")[0])).toEqual(["Tournée du mardi — Nord", "Tournée du jeudi — Sud", "Portage du samedi"]);
    expect(rounds[2]![0]).toContain("livraisons à domicile");
    await checkScreen("bakery-rounds");
  });
});
