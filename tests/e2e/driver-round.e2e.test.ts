/**
 * The reason Tournée exists: a driver prepares the round, loses the network (browser offline AND
 * the API stopped, so the service worker cannot reach it either), reloads, completes 10 stops,
 * and once the network returns the server holds each outcome exactly once, with device times,
 * and the coordinator's live view shows them.
 */
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { DEMO_COORDINATOR, DEMO_DRIVER } from "../support/app.ts";
import { describeInBrowser, openBrowser, type BrowserSession } from "../support/chromium.ts";
import { publishDemoRound, startRestartableApi, startTileServer, type RestartableApi } from "../support/driver-round.ts";
import { webDist } from "../support/paths.ts";
import { signInWithPassword } from "../support/sign-in.ts";

describeInBrowser("a driver's whole round offline, synced exactly once", () => {
  let api: RestartableApi;
  let tiles: Awaited<ReturnType<typeof startTileServer>>;
  let browser: BrowserSession;
  let page: Page;
  let round: { tourId: string; date: string; passages: number };
  let recorded = 0;
  let orders = 0;

  beforeAll(async () => {
    tiles = await startTileServer();
    api = await startRestartableApi(inject("app").servedWebDist ?? webDist, { TILE_URL: tiles.template, TILE_PREFETCH: "allowed" });
    round = await publishDemoRound(api.sql());
    browser = await openBrowser();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  });
  afterAll(async () => {
    await browser?.close();
    await api?.dispose();
    await tiles?.close().catch(() => undefined);
  });

  const pending = () => page.getByTestId("pending-count").innerText();
  const stops = () => page.locator("li.stop");
  async function click(scope: Locator | Page, name: string | RegExp): Promise<void> {
    await scope.getByRole("button", { name, exact: typeof name === "string" }).first().click();
    recorded += 1;
    await expect.poll(pending).toContain(String(recorded));
  }

  it("prepares the round: the round, and the map tiles of its corridor, ready offline", async () => {
    expect(round.passages).toBe(10);
    await signInWithPassword(page, api.url, DEMO_DRIVER);
    await page.goto(`${api.url}/tournee`);
    // The service worker must control the page before preparing (tiles go to its cache). Its
    // first install can stall on a loaded machine: wait a bounded time, then reload and wait again.
    const controlled = () =>
      page.evaluate(
        () =>
          Promise.race([
            navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller !== null || new Promise<boolean>((r) => navigator.serviceWorker.addEventListener("controllerchange", () => r(true), { once: true }))),
            new Promise<boolean>((r) => setTimeout(() => r(false), 45_000)),
          ]),
      );
    for (let attempt = 0; attempt < 3 && !(await controlled()); attempt++) await page.reload();
    const ready = page.getByTestId("ready-offline");
    const prepared = async () => {
      await page.getByRole("button", { name: "Préparer ma tournée" }).click();
      await expect.poll(() => ready.innerText(), { timeout: 60_000 }).toMatch(/Prête hors ligne : 10 arrêts, \d+ commandes\. Carte : \d+ tuiles \([\d,]+ Mo sur les 40 Mo permis\)/);
    };
    // Preparing again is what a driver would do if it seemed stuck; it reuses the tiles already stored.
    await prepared().catch(async () => {
      await page.reload();
      await prepared();
    });
    const tileCount = Number(/Carte : (\d+) tuiles/.exec(await ready.innerText())![1]);
    expect(tileCount).toBeGreaterThan(50);
    expect(tiles.served()).toBeGreaterThanOrEqual(tileCount);
    orders = Number(/(\d+) commandes/.exec(await ready.innerText())![1]);
    expect(orders).toBeGreaterThanOrEqual(10);
    // Nothing to send and the round read: the phone says when it was last in step, not "never".
    await expect.poll(() => page.getByTestId("last-sync").innerText()).toMatch(/^Dernière synchronisation : \d/);
  }, 300_000);

  it("does the round with no network at all, across reloads", async () => {
    await page.getByRole("link", { name: "Ouvrir la tournée" }).click();
    await page.waitForURL(new RegExp(`/tournee/${round.tourId}$`));
    await expect.poll(() => stops().count(), { timeout: 30_000 }).toBe(10);
    await browser.context.setOffline(true);
    await api.stop();
    await page.reload();
    await expect.poll(() => stops().count(), { timeout: 30_000 }).toBe(10);
    expect(await pending()).toBe("Tout est envoyé");

    for (let i = 0; i < 10; i++) {
      if (i === 6) {
        await page.reload();
        await expect.poll(() => stops().count(), { timeout: 30_000 }).toBe(10);
        await expect.poll(pending).toContain(String(recorded));
      }
      const stop = stops().nth(i);
      await click(stop, "Je suis arrivé");
      const cards = stop.locator("article.order");
      const n = await cards.count();
      for (let k = 0; k < n; k++) {
        const card = cards.nth(k);
        if (i === 1 && k === 0) await click(card, "Absent");
        else if (i === 2 && k === 0) {
          await card.getByRole("button", { name: "Remise partielle" }).click();
          await card.locator("input[type=number]").first().fill("0");
          await click(card, "Valider la remise");
        } else await click(card, "Tout remis");
      }
      if (i === 0) {
        const card = cards.first();
        await card.getByRole("button", { name: /^Encaisser/ }).click();
        await card.getByLabel("Reçu en espèces (€)").fill("50");
        await expect.poll(() => card.getByTestId("change").innerText()).toMatch(/^Rendre/);
        await click(card, "Enregistrer le paiement");
      }
      if (i === 3) {
        await stop.getByRole("button", { name: "Souci de bien-être" }).click();
        await stop.getByLabel("Raison (courte)").fill("Volets fermés depuis trois jours");
        await click(stop, "Enregistrer");
      }
      if (i === 4) {
        await stop.getByRole("button", { name: "Ajouter une note" }).click();
        await stop.getByLabel("Texte de la note").fill("Travaux sur la place, garé derrière l'église");
        await click(stop, "Enregistrer");
      }
    }
    // The summary is read again from the phone's store after the last change is queued: wait for it.
    await expect.poll(() => page.getByTestId("summary").innerText()).toContain("Arrêts faits : 10 / 10");
    const summary = await page.getByTestId("summary").innerText();
    expect(summary).toContain("Absents : 1");
    expect(summary).toContain("Remises partielles : 1");
    expect(await pending()).toBe(`${recorded} modifications pas encore envoyées`);
  });

  it("sends everything once the network returns; the server holds each outcome exactly once with device times", async () => {
    await api.start();
    await browser.context.setOffline(false);
    await expect.poll(pending, { timeout: 60_000 }).toBe("Tout est envoyé");
    const sql = api.sql();
    const results = await sql.query<{ result: string; n: number }>(`SELECT result::text, count(*)::int AS n FROM "AppliedMutation" GROUP BY result`);
    expect(results).toEqual([{ result: "applied", n: recorded }]);
    const outcomes = await sql.query<{ outcome: string; n: number }>(
      `SELECT h.outcome::text, count(*)::int AS n FROM "Handover" h JOIN "Order" o ON o.id = h."orderId" JOIN "Passage" p ON p.id = o."passageId" WHERE p."tourId" = $1 GROUP BY h.outcome ORDER BY 1`,
      [round.tourId],
    );
    expect(outcomes).toEqual([
      { outcome: "absent", n: 1 },
      { outcome: "delivered", n: orders - 2 },
      { outcome: "partial", n: 1 },
    ]);
    const [times] = await sql.query<{ late: number }>(
      `SELECT count(*)::int AS late FROM "Handover" h JOIN "Order" o ON o.id = h."orderId" JOIN "Passage" p ON p.id = o."passageId"
       WHERE p."tourId" = $1 AND (h."deviceTime" > h."receivedAt" OR h."mutationId" IS NULL)`,
      [round.tourId],
    );
    expect(times!.late).toBe(0);
    const payments = await sql.query<{ method: string; tendered: number }>(
      `SELECT method::text, "tenderedCents" AS tendered FROM "Payment" WHERE "passageId" IN (SELECT id FROM "Passage" WHERE "tourId" = $1)`,
      [round.tourId],
    );
    expect(payments).toEqual([{ method: "cash", tendered: 5000 }]);
    expect(await sql.query(`SELECT reason FROM "WellbeingAlert" WHERE "passageId" IN (SELECT id FROM "Passage" WHERE "tourId" = $1)`, [round.tourId]))
      .toEqual([{ reason: "Volets fermés depuis trois jours" }]);
    const [visited] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Passage" WHERE "tourId" = $1 AND outcome = 'visited'`, [round.tourId]);
    expect(visited!.n).toBe(10);
  });

  it("draws the stops and the route with no tile server at all", async () => {
    await tiles.close();
    await page.evaluate(() => caches.delete("map-tiles"));
    await page.reload();
    // The stop list comes first; the map is a view the driver opens.
    await page.getByRole("button", { name: "Voir la carte" }).click();
    await expect.poll(() => page.locator(".map-marker").count(), { timeout: 30_000 }).toBe(10);
    expect(await page.locator("path.map-line").count()).toBe(1);
    const titles = await page.locator(".map-marker").evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute("title")?.split(" ")[0])));
    expect(titles.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("shows every outcome once in the coordinator's live view, the wellbeing concern highlighted", async () => {
    const coordinator = await openBrowser();
    try {
      const live = coordinator.context.pages()[0] ?? (await coordinator.context.newPage());
      await signInWithPassword(live, api.url, DEMO_COORDINATOR);
      await live.goto(`${api.url}/coordination/direct?date=${round.date}`);
      const feed = live.getByTestId("live-feed");
      await expect.poll(() => feed.locator("li[data-kind='order.handed_over'], li[data-kind='order.absent']").count(), { timeout: 30_000 }).toBe(orders);
      expect(await feed.locator("li[data-kind='payment.taken']").count()).toBe(1);
      expect(await live.getByRole("region", { name: "Soucis de bien-être" }).innerText()).toContain("Volets fermés depuis trois jours");
      expect(await feed.locator("li.live__item--alert").count()).toBe(1);
    } finally {
      await coordinator.close();
    }
  });
});
