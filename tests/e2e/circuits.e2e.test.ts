/**
 * The farm's goods on the round, after the order: the driver collecting at the Ferme des Combes
 * counts a bag short on the phone, and the last household to get that product is handed over what
 * came and not charged the rest; the grocery's coordinator reads the shortfall and who will go
 * short; the producer reads it on its statement and its delivery note, and downloads the month.
 * At the warehouse, the coordinator ticks in the goat farm's drop on a phone, a cheese short, and
 * prints the receiving list.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_COORDINATOR, DEMO_PASSWORD } from "../support/app.ts";
import { describeInBrowser } from "../support/chromium.ts";
import { startClockedJourney } from "../support/clocked-app.ts";
import { prepareRoundOnPhone, type DriverPhone } from "../support/driver-phone.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { PHONE, screenshotBoth } from "../support/screenshots.ts";
import { screenLoaded, signInWithPassword, signOut } from "../support/sign-in.ts";

const PRODUCER = { email: "producteur@tournee.test", password: DEMO_PASSWORD };
const NOTE = "Grêle sur le verger";
const DROP_NOTE = "Un fromage trop fait, refusé";
const NO_ISO = /\d{4}-\d{2}-\d{2}|undefined|NaN/;

describeInBrowser("a bag short at the farm: the driver counts it, the grocery and the farm read the same", () => {
  const journey = startClockedJourney();
  let phone: DriverPhone;
  let round: { id: string; email: string };
  let short: { name: string; expected: number };

  beforeAll(async () => {
    [round] = (await journey.sql.query<{ id: string; email: string }>(
      `SELECT t.id, u.email FROM "Tour" t JOIN "User" u ON u.id = t."driverId"
       WHERE t.status = 'published' AND EXISTS (SELECT 1 FROM "TourStep" s WHERE s."tourId" = t.id AND s.kind = 'farm_pickup') ORDER BY t.date LIMIT 1`,
    )) as [{ id: string; email: string }];
    phone = await prepareRoundOnPhone(journey.url, round.email, round.id);
  });
  afterAll(() => phone?.session.close());

  it("the driver counts what the farm hands over, one bag short, and it reaches the server once", async () => {
    const { page } = phone;
    await page.goto(`${journey.url}/tournee/${round.id}`);
    const form = page.locator("form.receipt");
    await form.getByRole("heading", { name: "Contrôle à la réception" }).waitFor();
    const first = form.locator(".receipt__line").first();
    const label = await first.locator("label").first().innerText();
    const [, name, expected] = /^(.+?) \(.+\) : reçus?, sur (\d+) commandés?/.exec(label) ?? [];
    short = { name: name!, expected: Number(expected) };
    await first.getByRole("spinbutton").fill(String(short.expected - 1));
    await first.getByLabel(`Raison du manque (${short.name}, facultatif)`).fill(NOTE);
    await form.getByRole("button", { name: "Valider la réception" }).click();
    const recorded = page.getByTestId("farm-receipt");
    await expect.poll(() => recorded.innerText()).toContain("Réception notée, avec un manque");
    expect(await recorded.innerText()).toContain(`${short.name}`);
    await expect.poll(() => page.getByTestId("pending-count").innerText()).toBe("Tout est envoyé");
    const rows = await journey.sql.query<{ received: number; expected: number; note: string | null }>(`SELECT received, expected, note FROM "SupplyReceipt" WHERE "tourId" = $1 AND note IS NOT NULL`, [round.id]);
    expect(rows).toEqual([{ received: short.expected - 1, expected: short.expected, note: NOTE }]);
    // The last household on the round with that product goes short: its handover says so and defaults to what came.
    const shortCard = page.locator("article.order").filter({ has: page.locator(".order__short") });
    await expect.poll(() => shortCard.count()).toBe(1);
    expect(await shortCard.locator(".order__short").innerText()).toBe("1 manquant chez le producteur : ni remis ni payé.");
    await shortCard.getByRole("button", { name: "Tout ce qui est arrivé remis" }).waitFor();
    const lines = await journey.sql.query<{ shortQuantity: number }>(`SELECT l."shortQuantity" FROM "OrderLine" l JOIN "Order" o ON o.id = l."orderId" JOIN "Passage" p ON p.id = o."passageId" WHERE p."tourId" = $1 AND l."shortQuantity" > 0`, [round.id]);
    expect(lines).toEqual([{ shortQuantity: 1 }]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "driver-farm-receipt");
  });

  it("the grocery's coordinator reads the shortfall and the household that will go short", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, DEMO_COORDINATOR);
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Producteurs" }).click();
    await screenLoaded(page);
    const card = page.locator(".receipt-card").filter({ hasText: NOTE });
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain("Il manque un produit.");
    expect(text).toMatch(new RegExp(`${short.name} \\(.+\\) : reçu ${short.expected - 1} sur ${short.expected} commandés?`));
    expect(text).toMatch(/Foyers touchés :\s+.+ : il lui manquera 1 .+ — à prévenir/);
    expect(await page.locator("main").innerText()).not.toMatch(NO_ISO);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-producers");
  });

  it("at the warehouse, the coordinator ticks in the goat farm's drop on a phone with one cheese short, which reaches the orders, and prints the list", async () => {
    const { page, url } = journey;
    await page.setViewportSize(PHONE);
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Réception" }).click();
    await screenLoaded(page);
    await page.getByRole("heading", { name: "Réception à l'entrepôt", level: 1 }).waitFor();
    const card = page.locator(".drop-card").filter({ hasText: "Chèvrerie du Puy Bas" });
    await card.waitFor();
    expect(await card.innerText()).toMatch(/(Attendu avant|En retard : attendu avant) \d\d:\d\d à Entrepôt/);
    const line = card.locator(".drop-count__line").first();
    const [, name, count] = /^(.+?) \(.+\) : (\d+) attendus?/.exec(await line.innerText()) ?? [];
    const expected = Number(count);
    await line.getByRole("checkbox").uncheck();
    await line.getByLabel(/^Combien en sont arrivés, sur \d+ \?/).fill(String(expected - 1));
    await line.getByLabel("Pourquoi il en manque (facultatif)").fill(DROP_NOTE);
    await card.getByRole("button", { name: "Enregistrer la réception de Chèvrerie du Puy Bas" }).click();
    await expect.poll(() => card.innerText()).toMatch(/Arrivé( en retard \(attendu avant \d\d:\d\d\))?, compté par .+ à \d\d:\d\d\./);
    const text = await card.innerText();
    expect(text).toContain(`${name} (`);
    expect(text).toMatch(new RegExp(`: reçu ${expected - 1} sur ${expected} commandés? — ${DROP_NOTE}`));
    const rows = await journey.sql.query<{ received: number; expected: number; shortOrders: string }>(
      `SELECT r.received, r.expected, (SELECT COALESCE(SUM(l."shortQuantity"), 0)::text FROM "OrderLine" l JOIN "Order" o ON o.id = l."orderId" JOIN "Passage" p ON p.id = o."passageId"
        WHERE l."offerId" = r."offerId" AND p.date = r.date) AS "shortOrders" FROM "SupplyReceipt" r WHERE r."tourId" IS NULL AND r.note = $1`, [DROP_NOTE]);
    expect(rows).toEqual([{ received: expected - 1, expected, shortOrders: "1" }]);
    expect(text).toMatch(/Foyers touchés :\s+.+ : (il lui manquera 1 |1 .+ non remis)/);
    expect(await page.locator("main").innerText()).not.toMatch(NO_ISO);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-warehouse-drop");

    const href = await page.getByRole("link", { name: "Imprimer la liste de réception" }).getAttribute("href");
    await page.goto(`${url}${href}`);
    const sheet = await page.locator("body").innerText();
    expect(sheet).toContain("Réception des producteurs à l'entrepôt");
    expect(sheet).toMatch(new RegExp(`✗\\s+${name}[\\s\\S]*${DROP_NOTE}`));
    expect(sheet).not.toMatch(NO_ISO);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-warehouse-drop-sheet");
    await page.goto(`${url}/coordination/reception`);
    await signOut(page, url);
  });

  it("the producer reads what it is owed, the bag short, its delivery note and the month in a spreadsheet", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, PRODUCER);
    const statement = page.locator(".statement").first();
    await statement.getByRole("heading", { name: /relevé de/ }).waitFor();
    const row = statement.getByRole("row").filter({ hasText: NOTE });
    expect(await row.innerText()).toMatch(new RegExp(`${short.name}[\\s\\S]*1 manquant à la réception : ${NOTE}`));
    expect(await statement.innerText()).toMatch(/vous doit \d[\d\s]*,\d\d\s€ pour ce mois\./);
    expect(await page.locator("main").innerText()).not.toMatch(NO_ISO);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "producer-statement");

    const csvHref = await statement.getByRole("link", { name: /Télécharger le relevé/ }).getAttribute("href");
    const csv = await page.evaluate(async (href) => (await fetch(href!)).text(), csvHref);
    expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("Date de livraison;Nature;Produit;Unité;Commandé;Reçu;Prix convenu (€);Montant (€);Remarque");
    expect(csv).toContain(NOTE);

    const notes = statement.getByRole("link", { name: /^Bon de livraison du / });
    const href = await notes.last().getAttribute("href");
    await page.goto(`${url}${href}`);
    const sheet = await page.locator("body").innerText();
    expect(sheet).toContain("Bon de livraison — Ferme des Combes");
    expect(sheet).toContain(NOTE);
    expect(sheet).not.toMatch(NO_ISO);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "producer-delivery-note");
  });
});
