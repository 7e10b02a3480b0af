/**
 * The solidarity bakery's week on the demo: its coordinator lands on the bakery's coming days
 * (a bakery's menu, not the grocery's), reads what to bake for the grocery's next round, and
 * those figures are the bread ordered on the grocery's rounds as the grocery's own production
 * sheet counts it; then changes a price after a refused one, and reads the rounds that carry
 * its bread. axe finds no serious or critical violation on any of these screens.
 */
import { expect, it } from "vitest";
import { DEMO_COORDINATOR, DEMO_PASSWORD } from "../support/app.ts";
import { checkDesktopScreen, openScreen, tableRows } from "../support/console-screens.ts";
import { describeInBrowser, openBrowser } from "../support/chromium.ts";
import { apiFromPage, startClockedJourney } from "../support/clocked-app.ts";
import { signInWithPassword } from "../support/sign-in.ts";

const BAKER = { email: "boulangerie@tournee.test", password: DEMO_PASSWORD };
interface BreadDay { date: string; total: number; rounds: { carrier: { name: string } }[] }

describeInBrowser("the bakery's week", () => {
  const journey = startClockedJourney();
  let groceryDay = "";

  const checkScreen = (name: string) => checkDesktopScreen(journey.page, name);

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
    await openScreen(page, "Production");
    await page.getByLabel("Jour de cuisson").fill(groceryDay);
    await expect.poll(() => page.getByRole("heading", { level: 2 }).first().innerText()).toMatch(/^À cuire pour le .+ : \d+ pains?$/);
    const baked = await tableRows(page, "Par pain");
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
    await openScreen(page, "Pains et prix");
    await page.getByRole("button", { name: "Modifier Creusois aux noisettes" }).click();
    await page.getByLabel("Prix", { exact: true }).fill("huit euros");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("Écrivez un prix en euros, par exemple 1,15.");
    expect(await page.getByLabel("Nom").inputValue()).toBe("Creusois aux noisettes");
    await page.getByLabel("Prix", { exact: true }).fill("8,20");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect.poll(() => page.getByRole("status").allInnerTexts()).toContain("Creusois aux noisettes est enregistré.");
    await expect.poll(() => tableRows(page, /pains au catalogue/).then((r) => r.find((cells) => cells[0]!.startsWith("Creusois"))?.[1])).toMatch(/^8,20\s€$/);
    await checkScreen("bakery-catalogue");
  });

  it("reads the rounds that carry its bread, the grocery's and its own portage, and when each collects it", async () => {
    const { page } = journey;
    await openScreen(page, "Tournées et retraits");
    await expect.poll(() => tableRows(page, /tournées? portent? votre pain/).then((r) => r.length)).toBe(3);
    const rounds = await tableRows(page, /tournées? portent? votre pain/);
    // The grocery's two rounds go out on the demo day's weekday, the bakery's portage on Saturday.
    const names = rounds.map((r) => r[0]!.split("\n")[0]);
    expect(names[0]).toMatch(/^Tournée du \p{L}+ — Nord$/u);
    expect(names[1]).toMatch(/^Tournée du \p{L}+ — Sud$/u);
    expect(names[2]).toBe("Portage du samedi");
    expect(rounds[2]![0]).toContain("livraisons à domicile");
    await checkScreen("bakery-rounds");
  });
});
