/**
 * AMAP baskets and farm goods on the rounds: a member skips a week from her home and sees it; the
 * AMAP's coordinator reads the week's distribution list per halt and finds her among the absent,
 * then starts a contract from the form and subscribes a member, whose baskets go on her halt's
 * passages; a driver collects a farm's goods at the farm, then at a halt hands them over to the
 * household that ordered them and a basket to its member, and the AMAP sees it handed over.
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
  const journey = startClockedJourney({ ordersOpen: true });
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
  });

  it("lets the AMAP's coordinator start a contract from a form, told in French what to correct, and its members' baskets go on their halt's passages", async () => {
    const { page, url, sql } = journey;
    await page.getByRole("link", { name: "Tous les contrats" }).click();
    await page.getByRole("link", { name: "Nouveau contrat" }).click();
    await page.getByRole("heading", { name: "Nouveau contrat de paniers" }).waitFor();
    await page.getByRole("button", { name: "Créer le contrat" }).click();
    await expect.poll(main).toContain("Certaines informations sont à corriger");
    for (const said of ["Donnez un nom au contrat.", "Choisissez le producteur.", "Indiquez la date de la première livraison.", "Indiquez le prix de ce panier en euros"]) expect(await main()).toContain(said);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "amap-contract-form");

    // A season of fortnightly goat cheese from next Monday, when next week's orders are open.
    const day = (offset: number) => new Date(journey.clock.now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    const toMonday = ((8 - journey.clock.now.getUTCDay()) % 7) || 7;
    await page.getByLabel("Nom du contrat").fill("Panier de fromages");
    await page.getByLabel("Producteur").selectOption({ label: "Chèvrerie du Puy Bas (Vallière)" });
    await page.getByLabel("Première livraison").fill(day(toMonday));
    await page.getByLabel("Dernière livraison").fill(day(toMonday - 1));
    await page.getByLabel("Livraisons").selectOption({ label: "toutes les 2 semaines" });
    await page.getByLabel("Nom du panier 1").fill("Deux fromages");
    await page.getByLabel("Prix du panier 1 (€)").fill("6,50");
    await page.getByRole("button", { name: "Créer le contrat" }).click();
    await expect.poll(main).toContain("La dernière livraison doit venir après la première.");
    await page.getByLabel("Dernière livraison").fill(day(toMonday + 7 * 10));
    await page.getByRole("button", { name: "Créer le contrat" }).click();
    await page.waitForURL(/\/amap\/contrats\/[0-9a-f-]{36}$/);
    await expect.poll(main).toContain("Contrat « Panier de fromages » créé");
    await expect.poll(main).toContain("Aucun adhérent pour l'instant");

    await page.getByLabel("Foyer", { exact: true }).selectOption({ label: "Mme Mendes (Felletin)" });
    await page.getByRole("button", { name: "Inscrire", exact: true }).click();
    await expect.poll(main).toContain("Mme Mendes est inscrit");
    const baskets = await sql.query<{ date: Date; atHalt: boolean }>(
      `SELECT p.date, p."stopId" = s."stopId" AS "atHalt" FROM "Order" o JOIN "AmapSubscription" s ON s.id = o."amapSubscriptionId" JOIN "AmapContract" c ON c.id = s."contractId"
       JOIN "Passage" p ON p.id = o."passageId" WHERE c.name = 'Panier de fromages' AND o.status = 'confirmed' ORDER BY p.date`,
    );
    expect(baskets.length, "her first basket on a passage of her halt").toBeGreaterThan(0);
    expect(baskets.every((b) => b.atHalt)).toBe(true);
    expect(new Date(baskets[0]!.date).toISOString().slice(0, 10) >= day(toMonday)).toBe(true);
    expect(await main()).not.toMatch(/\d{4}-\d{2}-\d{2}|undefined|NaN/);
    // She calls back: she will not take part after all; her baskets leave the rounds.
    await page.getByText("Changer l'adhésion de Mme Mendes").click();
    await page.getByRole("button", { name: "Mettre fin à son adhésion" }).click();
    await expect.poll(main).toContain("Mme Mendes n'est plus adhérent");
    await expect.poll(main).toContain("Aucun adhérent pour l'instant");
    const live = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Order" o JOIN "AmapSubscription" s ON s.id = o."amapSubscriptionId" JOIN "AmapContract" c ON c.id = s."contractId" WHERE c.name = 'Panier de fromages' AND o.status = 'confirmed'`);
    expect(live[0]!.n).toBe(0);
    await signOut(page, url);
  });

  it("lets the driver collect the farm's goods at the farm and hand them over at the halt with a basket, which the AMAP then reads as handed over", async () => {
    const { page, url, sql } = journey;
    // A halt of a published round of the demo day where a household takes goods the round collects at a farm, and a member her basket.
    const [basket] = await sql.query<{ id: string; household: string; email: string; tourId: string; stop: string; farmOrderId: string; farmHousehold: string; product: string; farm: string }>(
      `SELECT o.id, h.name AS household, u.email, t.id AS "tourId", s.name AS stop, fo.id AS "farmOrderId", fh.name AS "farmHousehold", pr.name AS product, site.name AS farm
       FROM "Order" o JOIN "Passage" p ON p.id = o."passageId" JOIN "Tour" t ON t.id = p."tourId" JOIN "User" u ON u.id = t."driverId"
       JOIN "Household" h ON h.id = o."householdId" JOIN "Stop" s ON s.id = p."stopId"
       JOIN "Order" fo ON fo."passageId" = p.id AND fo."amapSubscriptionId" IS NULL AND fo.status = 'confirmed' JOIN "Household" fh ON fh.id = fo."householdId"
       JOIN "OrderLine" l ON l."orderId" = fo.id JOIN "Product" pr ON pr.id = l."productId"
       JOIN "SupplyAgreement" sa ON sa."producerId" = pr."organisationId" AND sa."organisationId" = t."organisationId" AND sa.route = 'farm_pickup' AND sa.active
       JOIN "Site" site ON site.id = sa."farmSiteId"
       WHERE o."amapSubscriptionId" IS NOT NULL AND o.status = 'confirmed' AND t.status = 'published' AND fh.id <> h.id
       ORDER BY u.email, p.sequence, h.name, fh.name LIMIT 1`,
    );
    expect(basket, "a halt of the demo day with farm goods and a basket").toBeDefined();
    await signInWithPassword(page, url, { email: basket!.email, password: DEMO_PASSWORD });
    await page.goto(`${url}/tournee`);
    const tour = page.locator("li.driver__tour").filter({ has: page.locator(`a[href="/tournee/${basket!.tourId}"]`) });
    await tour.getByRole("button", { name: "Préparer ma tournée" }).click();
    await expect.poll(() => tour.getByTestId("ready-offline").count(), { timeout: 60_000 }).toBe(1);
    await tour.getByRole("link", { name: "Ouvrir la tournée" }).click();
    // The halt's own card (the bakery pickup's card names the halts too).
    const stop = page.locator("li.stop").filter({ has: page.locator("h3", { hasText: basket!.stop }) });
    await expect.poll(() => stop.count(), { timeout: 30_000 }).toBe(1);
    // The round calls at the farm before the halt, and loads there the goods for it.
    const titles = await page.locator("li.stop h3").allInnerTexts();
    const atFarm = titles.findIndex((t) => t.includes(basket!.farm));
    expect(atFarm, `${basket!.farm} on the round`).toBeGreaterThanOrEqual(0);
    expect(atFarm).toBeLessThan(titles.findIndex((t) => t.includes(basket!.stop)));
    expect(await page.locator("li.stop--pickup").filter({ hasText: basket!.farm }).innerText()).toContain(basket!.product);
    await stop.getByRole("button", { name: "Je suis arrivé" }).click();
    const card = stop.locator("article.order").filter({ hasText: basket!.household }).filter({ hasText: "Panier de légumes" });
    await card.getByRole("button", { name: "Tout remis", exact: true }).click();
    const farmGoods = stop.locator("article.order").filter({ hasText: basket!.farmHousehold }).filter({ hasText: basket!.product });
    await farmGoods.getByRole("button", { name: "Tout remis", exact: true }).click();
    const outcome = async (orderId: string) => (await sql.query<{ outcome: string }>(`SELECT outcome FROM "Handover" WHERE "orderId" = $1`, [orderId]))[0]?.outcome;
    await expect.poll(() => outcome(basket!.id), { timeout: 60_000 }).toBe("delivered");
    await expect.poll(() => outcome(basket!.farmOrderId), { timeout: 60_000 }).toBe("delivered");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "amap-driver");
    await signOut(page, url);

    await signInWithPassword(page, url, AMAP);
    await page.getByRole("link", { name: "Ouvrir le contrat Panier de légumes" }).click();
    const row = page.locator("tr", { has: page.locator("td", { hasText: /^remis$/ }) }).filter({ hasText: basket!.household });
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBeGreaterThan(0);
  });
});
