/**
 * AMAP baskets on the rounds: a member skips a week from her home and sees it; the AMAP's
 * coordinator reads the week's distribution list per halt and finds her among the absent.
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
});
