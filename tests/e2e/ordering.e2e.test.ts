import { expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_PASSWORD } from "../support/app.ts";
import { describeInBrowser } from "../support/chromium.ts";
import { apiFromPage, startClockedJourney } from "../support/clocked-app.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { PHONE, screenshotBoth } from "../support/screenshots.ts";
import { signInWithPassword, signOut } from "../support/sign-in.ts";

/** The town hall orders for households that delegated to it; some of them have social prices and a monthly credit. */
const RELAY = { email: "mairie@tournee.test", password: DEMO_PASSWORD };
const COORDINATOR = { email: "coordination@tournee.test", password: DEMO_PASSWORD };

interface Passage { id: string; date: string; cutoffAt: string; open: boolean; order: { id: string; totalCents: number } | null }
interface Item { offerId: string; name: string; compartment: string; unitPriceCents: number; available: number; staff?: { referencePriceCents: number; socialPrice: boolean } }
interface Catalogue { shelves: { items: Item[] }[]; creditLeftCents: number | null; staff?: { participationRatePercent: number | null; eligibilityState: string } }

/** Whether the coordinator's view of the household's catalogue applies social prices (the relay cannot tell). */
async function hasSocialPrices(journey: { page: import("playwright-core").Page; url: string; browser: { context: import("playwright-core").BrowserContext } }, householdId: string, passageId: string): Promise<boolean> {
  const other = await journey.browser.context.browser()!.newContext();
  const page = await other.newPage();
  try {
    await signInWithPassword(page, journey.url, COORDINATOR);
    const staff = (await apiFromPage<Catalogue>(page, "GET", `/api/passages/${passageId}/catalogue?householdId=${householdId}`)).body;
    return staff.staff?.eligibilityState === "valid";
  } finally {
    await other.close();
  }
}

const euros = (cents: number) => new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(cents / 100);

describeInBrowser("a household orders for the next passage (through its town-hall relay, who never learns its credit)", () => {
  const journey = startClockedJourney({ ordersOpen: true });
  let householdId = "";
  let passage: Passage;
  let chosen: Item;

  it("shows the relay when the truck comes and the order, and the catalogue at the price the household pays, never its credit", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, RELAY);
    const households = (await apiFromPage<{ user: { households: { id: string; name: string }[] } }>(page, "GET", "/api/auth/me")).body.user.households;
    let name = "";
    for (const h of households) {
      const [next] = (await apiFromPage<Passage[]>(page, "GET", `/api/passages?householdId=${h.id}`)).body;
      if (!next?.open) continue;
      const catalogue = (await apiFromPage<Catalogue>(page, "GET", `/api/passages/${next.id}/catalogue?householdId=${h.id}`)).body;
      expect(catalogue.creditLeftCents).toBeNull();
      // Which households have social prices is the coordinator's to know, not the relay's.
      if (!(await hasSocialPrices(journey, h.id, next.id))) continue;
      [householdId, name, passage] = [h.id, h.name, next];
      if (!next.order) break;
    }
    expect(householdId, "a delegated household with social prices").not.toBe("");

    const home = page.locator("main");
    await expect.poll(() => home.innerText()).toContain("Le camion vient");
    expect(await home.innerText()).toContain(name);
    expect(await home.innerText()).not.toMatch(/bénéficiaire|votre porte|Il vous reste/i);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "relay-home");

    await page.getByRole("button", { name: new RegExp(`(Commander pour|la commande de) ${name}`) }).click();
    await page.getByRole("heading", { name: `Commande de ${name}` }).waitFor();
    await page.getByRole("button", { name: /^Ajouter un/ }).first().waitFor();
    const mine = (await apiFromPage<Catalogue>(page, "GET", `/api/passages/${passage.id}/catalogue?householdId=${householdId}`)).body;
    const items = mine.shelves.flatMap((s) => s.items);
    chosen = items.find((i) => i.compartment !== "bread" && i.available > 2 && i.unitPriceCents < 200)!;
    expect(chosen).toBeDefined();
    await page.getByLabel("Chercher un produit").fill(chosen.name);
    const row = page.locator(".product", { hasText: chosen.name }).first();
    expect(await row.innerText()).toContain(euros(chosen.unitPriceCents));
    // A farm's product says where it comes from; the demo seeds no road router, so the distance says it is as the crow flies.
    await page.getByLabel("Chercher un produit").fill("Pommes");
    const apples = page.locator(".product", { hasText: "Pommes" }).filter({ hasText: "Ferme des Combes" }).first();
    expect(await apples.innerText()).toMatch(/Ferme des Combes, Felletin, \d+ km à vol d'oiseau[\s\S]*Circuit court[\s\S]*Bio \(AB\)/);
    expect(await page.locator("main").innerText()).not.toMatch(/Il vous reste|votre porte|Ma commande|Mon panier/);
    await page.getByLabel("Chercher un produit").fill(chosen.name);

    const before = await page.locator(".basket").innerText();
    await page.getByRole("button", { name: `Ajouter un ${chosen.name}`, exact: true }).click();
    await expect.poll(() => page.locator(".basket").innerText()).not.toBe(before);
    await page.getByRole("button", { name: /Enregistrer les changements|Envoyer la commande/ }).click();
    await expect.poll(() => page.locator(".basket").innerText()).toContain("Reçu");
    passage = (await apiFromPage<Passage[]>(page, "GET", `/api/passages?householdId=${householdId}`)).body.find((p) => p.id === passage.id)!;
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "relay-order");
    await signOut(page, url);
  });

  it("charges her the grocery's price at her participation rate, as the coordinator's view of her catalogue says", async () => {
    const { page, url } = journey;
    await journey.browser.context.clearCookies();
    await signInWithPassword(page, url, COORDINATOR);
    const staffView = (await apiFromPage<Catalogue>(page, "GET", `/api/passages/${passage.id}/catalogue?householdId=${householdId}`)).body;
    const item = staffView.shelves.flatMap((s) => s.items).find((i) => i.offerId === chosen.offerId)!;
    const rate = staffView.staff!.participationRatePercent!;
    expect(item.staff!.socialPrice).toBe(true);
    expect(chosen.unitPriceCents).toBe(Math.floor((item.staff!.referencePriceCents * rate + 50) / 100));
    expect(chosen.unitPriceCents).toBeLessThan(item.staff!.referencePriceCents);
    await signOut(page, url);
  });

  it("keeps a basket made without network as 'not yet sent', and sends it when the network returns", async () => {
    const { page, url, browser } = journey;
    await browser.context.clearCookies();
    await signInWithPassword(page, url, RELAY);
    await page.goto(`${url}/commande/${passage.id}`);
    await page.getByLabel("Chercher un produit").fill(chosen.name);
    await page.getByRole("button", { name: `Ajouter un ${chosen.name}`, exact: true }).waitFor();
    await browser.context.setOffline(true);
    await page.getByRole("button", { name: `Ajouter un ${chosen.name}`, exact: true }).click();
    await page.getByRole("button", { name: "Enregistrer les changements" }).click();
    await expect.poll(() => page.locator(".basket").innerText()).toContain("Pas encore envoyé");
    await screenshotBoth(page, "resident-order-offline");
    await browser.context.setOffline(false);
    await expect.poll(async () => (await apiFromPage<Passage[]>(page, "GET", `/api/passages?householdId=${householdId}`)).body[0]!.order!.totalCents, { timeout: 15_000 }).toBe(passage.order!.totalCents + chosen.unitPriceCents);
    await page.goto(`${url}/relais`);
    await expect.poll(() => page.locator("main").innerText()).toContain(`Commande passée : ${euros(passage.order!.totalCents + chosen.unitPriceCents)}`);
  });

  it("locks the order once the cutoff has passed", async () => {
    const { page, url, clock } = journey;
    clock.now = new Date(new Date(passage.cutoffAt).getTime() + 60_000);
    await page.goto(`${url}/commande/${passage.id}`);
    await expect.poll(() => page.locator("main").innerText()).toContain("Les commandes sont fermées pour ce passage");
    expect(await page.getByRole("button", { name: "Enregistrer les changements" }).count()).toBe(0);
    await page.getByLabel("Chercher un produit").fill(chosen.name);
    expect(await page.getByRole("button", { name: `Ajouter un ${chosen.name}`, exact: true }).isDisabled()).toBe(true);
    const order = (await apiFromPage<Passage[]>(page, "GET", `/api/passages?householdId=${householdId}&from=${passage.cutoffAt.slice(0, 10)}`)).body.find((p) => p.id === passage.id)!.order!;
    const refused = await apiFromPage<{ code: string }>(page, "POST", `/api/orders/${order.id}/cancel`);
    expect(refused.body.code).toBe("order_locked");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "resident-order-locked");
  });

  it("lets a resident who signs in with the code her coordinator gave read, in one plain sentence, when the truck comes", async () => {
    const { page, url, browser, clock } = journey;
    clock.now = journey.start;
    await browser.context.clearCookies();
    await page.goto(`${url}/connexion`);
    await page.getByRole("button", { name: "J'ai un code" }).click();
    await page.getByLabel("Votre code à 8 chiffres").fill(journey.residentCode);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByRole("link", { name: "Accueil" }).click();
    await expect.poll(() => page.locator("main").innerText()).toMatch(/Le camion vient à votre porte le .*\.\s+(Heure prévue : \d{2}:\d{2}|Horaire provisoire : entre \d{2}:\d{2} et \d{2}:\d{2})/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "resident-code-home");
  });

  it("offers a resident who ordered before 'Comme la dernière fois', which fills her next order; on a phone the basket line never hides a product or a button", async () => {
    const { page, url, browser } = journey;
    await browser.context.clearCookies();
    await signInWithPassword(page, url, { email: "habitant@tournee.test", password: DEMO_PASSWORD });
    await page.setViewportSize(PHONE);
    const order = page.getByRole("link", { name: "Commander" }).first();
    await order.click();
    const repeat = page.getByRole("button", { name: "Comme la dernière fois" });
    await repeat.waitFor();
    expect(await page.locator("main").innerText()).toMatch(/Reprend les produits de la commande du \S+ \d+ \S+ \d{4} \(\d+ produits\), s.ils sont encore proposés\./);
    expect(await page.getByRole("button", { name: /^Mes produits habituels \(\d+\)$/ }).getAttribute("aria-pressed")).toBe("true");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await repeat.click();
    await expect.poll(() => page.locator(".basket").innerText()).toMatch(/\d+ × .+ : \d+,\d{2}\s€/);
    await page.getByRole("button", { name: "Enregistrer les changements" }).waitFor();
    expect(await page.getByRole("button", { name: "Comme la dernière fois" }).count()).toBe(0);

    // The summary line at the bottom stays small, and every product and button can be brought into view above it.
    const bar = await page.locator(".basket-bar").boundingBox();
    expect(bar!.height).toBeLessThan(PHONE.height * 0.12);
    for (const target of [page.locator(".product .stepper__button").last(), page.getByRole("button", { name: "Annuler ma commande" }), page.getByLabel("Chercher un produit")]) {
      await target.scrollIntoViewIfNeeded();
      expect(await target.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return hit === el || el.contains(hit);
      })).toBe(true);
    }
    await page.getByLabel("Chercher un produit").fill("lait");
    await expect.poll(() => page.locator(".picker__found").innerText()).toMatch(/^\d+ produits? pour « lait »$/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "resident-order-repeat");
    await signOut(page, url);
  });

  it("does not offer 'Comme la dernière fois' to a household that never ordered", async () => {
    const { page, url, browser } = journey;
    await browser.context.clearCookies();
    await signInWithPassword(page, url, COORDINATOR);
    const halt = (await apiFromPage<{ id: string; kind: string; city: string }[]>(page, "GET", "/api/stops")).body.find((s) => s.kind === "halt" && s.city === "Felletin")!;
    const organisationId = (await apiFromPage<{ id: string; kind: string }[]>(page, "GET", "/api/organisations")).body.find((o) => o.kind === "social_grocery")!.id;
    const created = await apiFromPage<{ id: string }>(page, "POST", "/api/households", {
      organisationId, name: "Mme Nouvelle", addressLine: "4 rue des Tanneries", postcode: "23500", city: "Felletin", latitude: 45.883, longitude: 2.174, usualStopId: halt.id,
    });
    expect(created.status).toBe(201);
    const code = (await apiFromPage<{ code: string }>(page, "POST", `/api/households/${created.body.id}/login-code`)).body.code;
    await signOut(page, url);
    await page.getByRole("button", { name: "J'ai un code" }).click();
    await page.getByLabel("Votre code à 8 chiffres").fill(code);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByRole("link", { name: "Commander" }).first().click();
    await page.getByRole("heading", { name: "Les produits" }).waitFor();
    expect(await page.getByRole("button", { name: "Comme la dernière fois" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Mes produits habituels/ }).count()).toBe(0);
    expect(await page.locator("main").innerText()).not.toMatch(/Introuvable|n'existe plus/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "resident-order-first");
  });

  it("does not offer bread for a passage on a day the bakery is closed, and says so to the resident and to the order desk", async () => {
    const { page, url, browser, sql } = journey;
    await browser.context.clearCookies();
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInWithPassword(page, url, { email: "habitant@tournee.test", password: DEMO_PASSWORD });
    const me = (await apiFromPage<{ user: { households: { id: string }[] } }>(page, "GET", "/api/auth/me")).body.user.households[0]!.id;
    const next = (await apiFromPage<Passage[]>(page, "GET", `/api/passages?householdId=${me}`)).body.find((p) => p.open)!;
    const bread = (await apiFromPage<Catalogue>(page, "GET", `/api/passages/${next.id}/catalogue?householdId=${me}`)).body.shelves.flatMap((s) => s.items).find((i) => i.compartment === "bread")!;
    expect(bread, "the demo's rounds offer the bakery's bread").toBeDefined();
    const weekday = ((new Date(`${next.date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const dayName = new Intl.DateTimeFormat("fr-FR", { weekday: "long", timeZone: "UTC" }).format(new Date(`${next.date}T12:00:00Z`));
    const [bakery] = await sql.query<{ id: string; name: string; hours: unknown }>(`SELECT id, name, "openingHours" AS hours FROM "Site" WHERE kind = 'bakery' AND "archivedAt" IS NULL`);
    await sql.query(`UPDATE "Site" SET "openingHours" = (SELECT jsonb_agg(h) FROM jsonb_array_elements("openingHours") h WHERE (h->>'weekday')::int <> $2) WHERE id = $1`, [bakery!.id, weekday]);
    try {
      const notice = `La boulangerie ${bakery!.name} est fermée le ${dayName} : pas de pain à ce passage. Pour du pain, choisissez un passage un autre jour.`;
      // Her home says it beside that passage, before she opens it.
      await page.goto(`${url}/accueil`);
      const card = page.locator("li.passage").filter({ has: page.locator(`a[href="/commande/${next.id}"]`) });
      await expect.poll(() => card.innerText()).toContain(`Pas de pain à ce passage : la boulangerie ${bakery!.name} est fermée le ${dayName}.`);
      await screenshotBoth(page, "resident-home-bakery-closed");
      for (const [who, path] of [["resident", `/commande/${next.id}`], ["desk", `/coordination/foyers/${me}/commande/${next.id}`]] as const) {
        if (who === "desk") {
          await signOut(page, url);
          await signInWithPassword(page, url, COORDINATOR);
        }
        await page.goto(`${url}${path}`);
        await page.getByRole("heading", { name: "Les produits" }).waitFor();
        await expect.poll(() => page.locator("main").innerText()).toContain(notice);
        await page.getByLabel("Chercher un produit").fill(bread.name);
        const row = page.locator(".product", { hasText: bread.name }).first();
        await expect.poll(() => row.innerText()).toContain("Boulangerie fermée ce jour-là");
        expect(await page.getByRole("button", { name: `Ajouter un ${bread.name}`, exact: true }).isDisabled()).toBe(true);
        expect(await seriousViolations(page)).toEqual([]);
        expect(await layoutProblems(page)).toEqual([]);
        await screenshotBoth(page, `${who}-order-bakery-closed`);
      }
      // Whoever asks the server all the same is refused, with what to do.
      const refused = await apiFromPage<{ code: string }>(page, "POST", "/api/orders", { householdId: me, passageId: next.id, channel: "phone", lines: [{ offerId: bread.offerId, quantity: 1 }] });
      expect([refused.status, refused.body.code]).toEqual([422, "bakery_closed"]);
      await signOut(page, url);
    } finally {
      await sql.query(`UPDATE "Site" SET "openingHours" = $2::jsonb WHERE id = $1`, [bakery!.id, JSON.stringify(bakery!.hours)]);
    }
  });
});
