/**
 * AMAP baskets on the rounds: a member skips a week from her home and sees it; the AMAP's
 * coordinator reads the week's distribution list per halt and finds her among the absent; a driver
 * hands a basket over on the round like any order, and the AMAP sees it handed over.
 */
import { expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_PASSWORD } from "../support/app.ts";
import { describeInBrowser } from "../support/chromium.ts";
import { apiFromPage, startClockedJourney } from "../support/clocked-app.ts";
import { screenshotBoth } from "../support/screenshots.ts";
import { signInWithPassword, signOut } from "../support/sign-in.ts";

const RESIDENT = { email: "habitant@tournee.test", password: DEMO_PASSWORD };
const AMAP = { email: "amap@tournee.test", password: DEMO_PASSWORD };

type Baskets = { subscriptionId: string; baskets: { week: string; state: string; open: boolean }[] }[];

describeInBrowser("an AMAP's vegetable baskets ride on the rounds", () => {
  const journey = startClockedJourney();
  let skippedWeek = "";
  const main = () => journey.page.locator("main").innerText();

  it("lets a member skip a week from her home, and says so", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, RESIDENT);
    const card = page.getByRole("region", { name: "Mon panier de légumes (AMAP)" });
    await expect.poll(() => card.innerText(), { timeout: 30_000 }).toMatch(/Votre panier de légumes arrive \p{L}+ \d+ \p{L}+ à [^,]+, (vers )?\d\d:\d\d/u);
    expect(await card.innerText()).toContain("Dans le panier :");
    await card.getByRole("button", { name: "Je serai absent cette semaine" }).first().click();
    await expect.poll(() => card.innerText()).toContain("Vous avez prévenu de votre absence pour la semaine du");
    expect(await card.innerText()).toContain("offert à l'épicerie");
    const me = (await apiFromPage<{ user: { households: { id: string }[] } }>(page, "GET", "/api/auth/me")).body.user;
    const mine = (await apiFromPage<Baskets>(page, "GET", `/api/amap/baskets?householdId=${me.households[0]!.id}`)).body;
    skippedWeek = mine[0]!.baskets.find((b) => b.state === "skipped")!.week;
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "amap-member");
    await signOut(page, url);
  });

  it("shows the AMAP's coordinator the distribution list per halt, and who is away", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, AMAP);
    await expect.poll(() => page.url()).toMatch(/\/amap\/contrats$/);
    await page.getByRole("link", { name: "Ouvrir le contrat Panier de légumes" }).click();
    await page.getByRole("heading", { name: "Liste de distribution" }).waitFor();
    await expect.poll(main).toContain("à remettre");
    await page.getByLabel("Semaine", { exact: true }).selectOption(skippedWeek);
    await expect.poll(main).toContain("Absents cette semaine");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "amap-distribution");
    await signOut(page, url);
  });

  it("lets the driver hand a basket over on the round, which the AMAP then reads as handed over", async () => {
    const { page, url, sql } = journey;
    const [basket] = await sql.query<{ id: string; household: string; email: string; tourId: string; stop: string }>(
      `SELECT o.id, h.name AS household, u.email, t.id AS "tourId", s.name AS stop FROM "Order" o JOIN "Passage" p ON p.id = o."passageId" JOIN "Tour" t ON t.id = p."tourId"
       JOIN "User" u ON u.id = t."driverId" JOIN "Household" h ON h.id = o."householdId" JOIN "Stop" s ON s.id = p."stopId"
       WHERE o."amapSubscriptionId" IS NOT NULL AND o.status = 'confirmed' AND t.status = 'published' ORDER BY u.email, p.sequence LIMIT 1`,
    );
    expect(basket, "a basket on a published round of the demo day").toBeDefined();
    await signInWithPassword(page, url, { email: basket!.email, password: DEMO_PASSWORD });
    await page.goto(`${url}/tournee`);
    const tour = page.locator("li.driver__tour").filter({ has: page.locator(`a[href="/tournee/${basket!.tourId}"]`) });
    await tour.getByRole("button", { name: "Préparer ma tournée" }).click();
    await expect.poll(() => tour.getByTestId("ready-offline").count(), { timeout: 60_000 }).toBe(1);
    await tour.getByRole("link", { name: "Ouvrir la tournée" }).click();
    // The halt's own card (the bakery pickup's card names the halts too).
    const stop = page.locator("li.stop").filter({ has: page.locator("h3", { hasText: basket!.stop }) });
    await expect.poll(() => stop.count(), { timeout: 30_000 }).toBe(1);
    await stop.getByRole("button", { name: "Je suis arrivé" }).click();
    const card = stop.locator("article.order").filter({ hasText: basket!.household }).filter({ hasText: "Panier de légumes" });
    await card.getByRole("button", { name: "Tout remis", exact: true }).click();
    await expect.poll(async () => (await sql.query<{ outcome: string }>(`SELECT outcome FROM "Handover" WHERE "orderId" = $1`, [basket!.id]))[0]?.outcome, { timeout: 60_000 }).toBe("delivered");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "amap-driver");
    await signOut(page, url);

    await signInWithPassword(page, url, AMAP);
    await page.getByRole("link", { name: "Ouvrir le contrat Panier de légumes" }).click();
    const row = page.locator("tr", { has: page.locator("td", { hasText: /^remis$/ }) }).filter({ hasText: basket!.household });
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBeGreaterThan(0);
  });
});
