/**
 * A driver in a dead zone sees the roads and numbered stops from tiles the deployment hosts:
 * vector tiles are built from the Andorra extract with infra/tiles, the API serves them
 * (TILES_PATH), the demo territory is moved onto Andorra's roads and a day is planned there; the
 * driver prepares the round (its corridor prefetched), the network is cut and the API stopped,
 * and after a reload the map draws roads from the cache, markers numbered as the stop list.
 */
import { join } from "node:path";
import type { Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_COORDINATOR, DEMO_DRIVER } from "../support/app.ts";
import { seriousViolations } from "../support/axe.ts";
import { describeInBrowser, openBrowser, type BrowserSession } from "../support/chromium.ts";
import { apiFromPage } from "../support/clocked-app.ts";
import { startRestartableApi, type RestartableApi } from "../support/driver-round.ts";
import { screenshotsDir, webDist } from "../support/paths.ts";
import { PHONE, screenshotBoth } from "../support/screenshots.ts";
import { signInWithPassword } from "../support/sign-in.ts";
import { buildAndorraTiles, moveDemoToAndorra, tilesUnavailable } from "../support/territory-tiles.ts";

const unavailable = tilesUnavailable();

/** How many canvases of the map hold more than a few colours (roads, water, names drawn). */
async function drawnTiles(page: Page): Promise<number> {
  return page.locator("#round-map canvas.leaflet-tile").evaluateAll((canvases) =>
    (canvases as HTMLCanvasElement[]).filter((canvas) => {
      if (!canvas.width || !canvas.height) return false;
      const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < data.length && colours.size < 6; i += 4 * 97) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return colours.size >= 4;
    }).length,
  );
}

if (unavailable) {
  describe("a driver's map from self-hosted tiles, offline", () => {
    it("needs the Andorra extract and tilemaker", (ctx) => ctx.skip(unavailable));
  });
} else {
  describeInBrowser("a driver's map from self-hosted tiles, offline", () => {
    let api: RestartableApi;
    let browser: BrowserSession;
    let page: Page;
    let round: { tourId: string; stops: number };

    beforeAll(async () => {
      const tiles = await buildAndorraTiles();
      console.info(`vector tiles of Andorra built in ${tiles.seconds.toFixed(1)} s`);
      api = await startRestartableApi(inject("app").servedWebDist ?? webDist, { TILES_PATH: tiles.folder });
      await moveDemoToAndorra(api.sql());
      browser = await openBrowser();
      page = browser.context.pages()[0] ?? (await browser.context.newPage());
    }, 300_000);
    afterAll(async () => {
      await browser?.close();
      await api?.dispose();
    });

    it("plans a day in Andorra and shows the coordinator the roads under the rounds", async () => {
      await signInWithPassword(page, api.url, DEMO_COORDINATOR);
      const [day] = await api.sql().query<{ date: string }>(
        `SELECT to_char(p.date, 'YYYY-MM-DD') AS date FROM "Passage" p JOIN "Order" o ON o."passageId" = p.id JOIN "Organisation" g ON g.id = p."organisationId"
         WHERE g.slug = 'demo-epicerie-solidaire-aubusson' AND o.status = 'confirmed' AND p.date > current_date GROUP BY p.date ORDER BY count(DISTINCT p.id) DESC, p.date LIMIT 1`,
      );
      const started = await apiFromPage<{ id: string }>(page, "POST", `/api/planning/${day!.date}/jobs`, { timeLimitSeconds: 3 });
      expect(started.status).toBe(202);
      await expect.poll(async () => (await apiFromPage<{ status: string }>(page, "GET", `/api/planning-jobs/${started.body.id}`)).body.status, { timeout: 120_000 }).toBe("succeeded");
      // The demo publishes its day's rounds at start, on the stops as they were before the move: a
      // new plan of a published day awaits publication, and only publishing it puts the rounds on
      // Andorra's roads (as the coordinator's "Publier le nouveau plan" does).
      const job = await apiFromPage<{ result: { outcome: string } }>(page, "GET", `/api/planning-jobs/${started.body.id}`);
      if (job.body.result.outcome === "awaiting_publication") expect((await apiFromPage(page, "POST", `/api/planning-jobs/${started.body.id}/publish`)).status).toBe(200);
      const tours = (await apiFromPage<{ id: string; passageCount: number; status: string }[]>(page, "GET", `/api/tours?from=${day!.date}&to=${day!.date}`)).body.sort((a, b) => b.passageCount - a.passageCount);
      for (const tour of tours.filter((t) => t.status !== "published")) expect((await apiFromPage(page, "POST", `/api/tours/${tour.id}/publish`)).status).toBe(200);
      const [driver] = await api.sql().query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [DEMO_DRIVER.email]);
      await api.sql().query(`UPDATE "Tour" SET "driverId" = NULL WHERE "driverId" = $1 AND date = $2::date`, [driver!.id, day!.date]);
      await api.sql().query(`UPDATE "Tour" SET "driverId" = $1 WHERE id = $2`, [driver!.id, tours[0]!.id]);
      round = { tourId: tours[0]!.id, stops: tours[0]!.passageCount };
      expect(round.stops).toBeGreaterThan(3);

      await page.goto(`${api.url}/coordination/planification?date=${day!.date}`);
      await page.getByRole("table", { name: /^Arrêts de / }).first().waitFor({ timeout: 30_000 });
      const map = page.getByRole("region", { name: /Carte des tournées/ });
      await expect.poll(() => map.locator("canvas.leaflet-tile").count(), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await map.locator(".leaflet-control-attribution").innerText()).toContain("© les contributeurs d’OpenStreetMap");
      expect(await seriousViolations(page)).toEqual([]);
      await screenshotBoth(page, "coordinator-planning-vector-map");
      await map.screenshot({ path: join(screenshotsDir, "coordinator-planning-vector-map-only.png") });
    }, 240_000);

    it("prepares the round: the corridor's tiles stored within the budget, and says how much", async () => {
      await page.context().clearCookies();
      await signInWithPassword(page, api.url, DEMO_DRIVER);
      await page.setViewportSize(PHONE);
      await page.goto(`${api.url}/tournee`);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
      });
      const ready = page.getByTestId("ready-offline");
      await page.getByRole("button", { name: "Préparer ma tournée" }).first().click();
      await expect.poll(() => ready.first().innerText(), { timeout: 120_000 }).toMatch(/Carte : \d+ tuiles \([\d,]+ Mo sur les 40 Mo permis\)/);
      const text = await ready.first().innerText();
      const [, count, mb] = /Carte : (\d+) tuiles \(([\d,]+) Mo/.exec(text)!;
      console.info(`corridor of a ${round.stops}-stop round in Andorra: ${count} vector tiles, ${mb} MB`);
      expect(Number(count)).toBeGreaterThan(20);
    }, 180_000);

    it("draws the roads from the cache with the network cut and the API stopped, stops numbered as the list", async () => {
      await page.goto(`${api.url}/tournee/${round.tourId}`);
      await page.locator("li.stop").first().waitFor();
      await browser.context.setOffline(true);
      await api.stop();
      const tileAnswers: Response[] = [];
      page.on("response", (response) => void (/\/tiles\/\d+\/\d+\/\d+\.pbf$/.test(response.url()) && tileAnswers.push(response)));
      await page.reload();
      await expect.poll(() => page.locator("li.stop:not(.stop--pickup)").count(), { timeout: 30_000 }).toBe(round.stops);
      // The list comes first: no map until the driver asks for it.
      expect(await page.locator("#round-map").count()).toBe(0);
      await page.getByRole("button", { name: "Voir la carte" }).click();
      await page.locator("#round-map").scrollIntoViewIfNeeded();
      await expect.poll(() => drawnTiles(page), { timeout: 60_000 }).toBeGreaterThan(0);
      expect(tileAnswers.length).toBeGreaterThan(0);
      expect(tileAnswers.filter((r) => r.ok()).every((r) => r.fromServiceWorker())).toBe(true);
      expect(tileAnswers.filter((r) => r.ok()).length).toBeGreaterThan(0);
      // Zoomed out to see the whole valley, the map still comes from the cache: the corridor holds every zoom the tiles have.
      const zoomOf = (r: Response) => Number(/\/tiles\/(\d+)\//.exec(r.url())![1]);
      const shown = Math.min(...tileAnswers.map(zoomOf));
      await page.locator("#round-map").getByRole("button", { name: "Zoom arrière" }).click();
      await expect.poll(() => tileAnswers.filter((r) => zoomOf(r) === shown - 1 && r.status() === 200 && r.fromServiceWorker()).length).toBeGreaterThan(0);

      // Every stop of the list is on the map under its number (bread pickups, numbered in the same
      // sequence, are markers too); nothing is done yet, so the next stop is the first of the list, the
      // bakery when the round loads its bread first.
      const labels = await page.locator("#round-map .map-marker").allTextContents();
      const numberOf = (heading: string) => heading.trim().split(/[.\s]/)[0];
      const listed = (await page.locator("li.stop h3").allInnerTexts()).map(numberOf);
      expect(labels.sort()).toEqual(listed.sort());
      expect(new Set(labels).size).toBe(labels.length);
      const first = numberOf(await page.locator("li.stop h3").first().innerText());
      expect(await page.locator("#round-map .map-marker--next").textContent()).toBe(first);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshotBoth(page, "driver-round-offline-vector-map");
      await page.setViewportSize(PHONE);
      await page.locator("#round-map").screenshot({ path: join(screenshotsDir, "driver-round-offline-vector-map-only.png") });
    }, 180_000);
  });
}
