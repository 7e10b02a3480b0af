/**
 * While the driver's round is open on the phone, the coordinators change things: an order is
 * cancelled, a note is written for a stop, the round gets a new version. After a sync the phone
 * shows each of them on its stop, without losing what the driver recorded and has not sent yet.
 * A new version of the app waits for the end of the round. Closing the round needs an empty
 * outbox; then the server has the round closed and the phone keeps no personal data of it.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { DEMO_COORDINATOR, DEMO_DRIVER } from "../support/app.ts";
import { describeInBrowser, openBrowser, type BrowserSession } from "../support/chromium.ts";
import { seriousViolations } from "../support/axe.ts";
import { publishDemoRound, startRestartableApi, type RestartableApi } from "../support/driver-round.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { screenshotsDir, webDist } from "../support/paths.ts";
import { PHONE, screenshotBoth } from "../support/screenshots.ts";
import { servedServiceWorker } from "../support/service-worker.ts";
import { signInWithPassword } from "../support/sign-in.ts";

interface RoundOrder {
  id: string;
  name: string;
  passageId: string;
  stop: number;
}

/** The coordinator's side, over HTTP with a session cookie and its CSRF token, as their console does. */
async function signedIn(url: string, account: { email: string; password: string }) {
  const login = await fetch(`${url}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(account) });
  const cookie = login.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}${path}`, { method, headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> | null };
  };
}

/** Every value in the page's IndexedDB database, as text. */
const deviceStorage = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open("tournee-driver");
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const dump: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      dump[name] = await new Promise<unknown[]>((resolve) => {
        const all = db.transaction(name).objectStore(name).getAll();
        all.onsuccess = () => resolve(all.result as unknown[]);
      });
    }
    db.close();
    return dump;
  });

describeInBrowser("the coordinators' changes reach the driver's round, and closing it leaves no personal data", () => {
  let api: RestartableApi;
  let browser: BrowserSession;
  let page: Page;
  let round: { tourId: string; date: string; passages: number };
  let orders: RoundOrder[];
  let single: RoundOrder[];
  let handed: RoundOrder;
  let cancelled: RoundOrder;
  const served = inject("app").servedWebDist;
  const serviceWorker = servedServiceWorker(served);

  beforeAll(async () => {
    api = await startRestartableApi(served ?? webDist, {});
    round = await publishDemoRound(api.sql());
    orders = await api.sql().query<RoundOrder>(
      `SELECT o.id, h.name, p.id AS "passageId", p.sequence AS stop FROM "Order" o JOIN "Passage" p ON p.id = o."passageId" JOIN "Household" h ON h.id = o."householdId"
       WHERE p."tourId" = $1 AND o.status = 'confirmed' ORDER BY p.sequence, h.name`,
      [round.tourId],
    );
    // A household with two orders at one stop (its groceries and a farm's goods) has two cards of its name: pick households with one.
    const alone = (o: RoundOrder) => orders.filter((x) => x.stop === o.stop && x.name === o.name).length === 1;
    single = orders.filter(alone);
    handed = single[0]!;
    cancelled = single.find((o) => o.stop !== handed.stop)!;
    browser = await openBrowser();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  });
  afterAll(async () => {
    serviceWorker.restore();
    await browser?.close();
    await api?.dispose();
  });

  const pending = () => page.getByTestId("pending-count").innerText();
  const stop = (index: number) => page.locator("li.stop").nth(index);
  const card = (o: RoundOrder) => stop(o.stop).getByRole("article", { name: o.name, exact: true });
  const syncNow = () => page.evaluate(() => window.dispatchEvent(new Event("online")));
  const blockPush = () => page.route("**/api/sync/push", (route) => route.abort("internetdisconnected"));

  it("prepares the round, then records a handover that cannot be sent yet", async () => {
    await signInWithPassword(page, api.url, DEMO_DRIVER);
    await page.goto(`${api.url}/tournee`);
    await page.getByRole("button", { name: "Préparer ma tournée" }).click();
    await expect.poll(() => page.getByTestId("ready-offline").innerText(), { timeout: 30_000 }).toContain("Prête hors ligne : 10 arrêts");
    await page.getByRole("link", { name: "Ouvrir la tournée" }).click();
    await expect.poll(() => page.locator("li.stop").count(), { timeout: 30_000 }).toBe(10);
    await blockPush();
    await card(handed).getByRole("button", { name: "Tout remis", exact: true }).click();
    await expect.poll(pending).toBe("1 modification pas encore envoyée");
    expect(await card(handed).locator(".order__outcome").innerText()).toBe("Remis");
    expect(await page.getByTestId("close-why").innerText()).toContain("1 modification n'est pas encore envoyée");
    expect(await page.getByRole("button", { name: "Clôturer la tournée" }).isDisabled()).toBe(true);
  });

  it("shows a cancelled order, a coordinator's note and a new version of the round after a sync, keeping the unsent handover", async () => {
    const coordinator = await signedIn(api.url, DEMO_COORDINATOR);
    // The households cancel before the orders' cutoff (the evening before the round), whatever the hour this runs at.
    const [first] = await api.sql().query<{ cutoffAt: Date }>(`SELECT min("cutoffAt") AS "cutoffAt" FROM "Passage" WHERE "tourId" = $1`, [round.tourId]);
    api.clock.now = new Date(Math.min(Date.now(), new Date(first!.cutoffAt).getTime() - 3_600_000));
    for (const o of [cancelled, handed]) {
      expect((await coordinator("POST", `/api/orders/${o.id}/cancel`)).status).toBe(200);
    }
    api.clock.now = null;
    const noteStop = orders.at(-1)!;
    const note = await coordinator("POST", `/api/passages/${noteStop.passageId}/notes`, { text: "Le portail est ouvert, passez par la cour" });
    // Where the coordinators' note endpoint is missing, the note is written as it would store it.
    if (note.status === 404) {
      const [author] = await api.sql().query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [DEMO_COORDINATOR.email]);
      await api.sql().query(`INSERT INTO "DriverNote" ("passageId", "authorId", text, "deviceTime") VALUES ($1, $2, 'Le portail est ouvert, passez par la cour', now())`, [noteStop.passageId, author!.id]);
    }
    await api.sql().query(`UPDATE "Tour" SET version = version + 1 WHERE id = $1`, [round.tourId]);

    await syncNow();
    await expect.poll(() => card(cancelled).getByTestId("order-cancelled").count(), { timeout: 30_000 }).toBe(1);
    expect(await card(cancelled).getByTestId("order-cancelled").innerText()).toBe("Commande annulée par le foyer : ne la remettez pas.");
    expect(await card(cancelled).getByRole("button", { name: "Tout remis" }).count()).toBe(0);
    expect(await stop(noteStop.stop).getByTestId("coordinator-message").innerText()).toContain("Le portail est ouvert, passez par la cour");
    expect(await page.getByTestId("new-messages").innerText()).toContain("1 nouveau message de la coordination");
    // Downloaded again (version 2; the pulled changes show first, the download follows), and the
    // handover the server does not have yet is still shown and queued.
    const storedVersion = async () => ((await deviceStorage(page)).rounds as { tour: { version: number } }[])[0]!.tour.version;
    await expect.poll(storedVersion, { timeout: 30_000 }).toBe(2);
    expect(await card(handed).locator(".order__outcome").innerText()).toBe("Remis");
    expect(await pending()).toBe("1 modification pas encore envoyée");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("keeps a new version of the app waiting during the round, and the queued change survives installing it", async (ctx) => {
    if (!served) return ctx.skip("publishing a new version needs a server started by the tests");
    const controlled = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller !== null || new Promise<boolean>((r) => navigator.serviceWorker.addEventListener("controllerchange", () => r(true), { once: true }))),
        new Promise<boolean>((r) => setTimeout(() => r(false), 30_000)),
      ]),
    );
    expect(controlled).toBe(true);
    serviceWorker.publishNextVersion();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page.getByRole("region", { name: "Mise à jour de l'application" });
    await expect.poll(() => banner.count(), { timeout: 30_000 }).toBe(1);
    expect(await banner.innerText()).toContain("Elle s'installera après votre tournée");
    await banner.getByRole("button", { name: "Installer maintenant" }).click();
    await expect.poll(() => banner.count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => page.locator("li.stop").count(), { timeout: 30_000 }).toBe(10);
    // The push stays blocked across the reload (the route belongs to the tab): the change is still queued.
    await expect.poll(pending).toBe("1 modification pas encore envoyée");
    expect(await card(handed).locator(".order__outcome").innerText()).toBe("Remis");
  });

  it("sends the handover once the network is back, and shows the conflict the server settled", async () => {
    await page.unroute("**/api/sync/push");
    await syncNow();
    await expect.poll(pending, { timeout: 30_000 }).toBe("Tout est envoyé");
    await expect.poll(() => card(handed).getByTestId("issues").count(), { timeout: 30_000 }).toBe(1);
    expect(await card(handed).getByTestId("issues").innerText()).toContain("Remise après annulation : la commande reste remise");
    expect(await card(handed).getByTestId("order-cancelled").innerText()).toContain("déjà remise");
    const [handover] = await api.sql().query<{ outcome: string }>(`SELECT outcome::text FROM "Handover" WHERE "orderId" = $1`, [handed.id]);
    expect(handover?.outcome).toBe("delivered");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "driver-round-changes");
    await page.setViewportSize(PHONE);
    await stop(handed.stop).screenshot({ path: join(screenshotsDir, "driver-stop-conflict-phone.png") });
    await stop(cancelled.stop).screenshot({ path: join(screenshotsDir, "driver-stop-cancelled-phone.png") });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(screenshotsDir, "driver-round-top-phone.png") });
  });

  it("waits for the round's day before offering to close it, and asks before closing with stops not done", async () => {
    // Closing wipes the round from the phone: the evening before, nothing offers it.
    const day = (offset: number) => new Date(new Date(`${round.date}T16:00:00Z`).getTime() + offset * 86_400_000);
    await page.clock.setFixedTime(day(-1));
    await page.reload();
    await expect.poll(() => page.getByTestId("close-why").innerText(), { timeout: 30_000 }).toMatch(/^Cette tournée est prévue le \S+ \d+ \S+ \d{4} : vous pourrez la clôturer ce jour-là/);
    expect(await page.getByRole("button", { name: "Clôturer la tournée" }).isDisabled()).toBe(true);

    api.clock.now = day(0);
    await page.clock.setFixedTime(day(0));
    await page.reload();
    await expect.poll(() => page.getByTestId("close-why").innerText(), { timeout: 30_000 }).toBe("Tout est envoyé : vous pouvez clôturer.");
    await page.getByRole("button", { name: "Clôturer la tournée" }).click();
    const undone = round.passages - Number(/Arrêts faits : (\d+)/.exec(await page.getByTestId("summary").innerText())![1]);
    expect(await page.getByTestId("close-confirm").innerText()).toContain(`Il reste ${undone} arrêts non faits`);
    expect(await page.getByRole("button", { name: "Clôturer quand même" }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator("section.summary").screenshot({ path: join(screenshotsDir, "driver-close-confirm-phone.png") });
    await page.getByRole("button", { name: "Revenir à la tournée" }).click();
    expect(await page.getByTestId("close-confirm").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Clôturer la tournée" }).count()).toBe(1);
  });

  it("closes the round once everything is sent; the server has it closed and the phone keeps no personal data", async () => {
    for (let i = 0; i < round.passages; i++) {
      const arrive = stop(i).getByRole("button", { name: "Je suis arrivé" });
      if (await arrive.count()) await arrive.click();
      const open = stop(i).getByRole("button", { name: "Tout remis", exact: true });
      while (await open.count()) {
        const before = await open.count();
        await open.first().click();
        await expect.poll(() => open.count()).toBeLessThan(before);
      }
    }
    // One household pays in cash: the closed round says how much cash to hand in.
    const payer = card(single.find((o) => o.id !== handed.id && o.id !== cancelled.id)!);
    const pay = payer.getByRole("button", { name: /^Encaisser/ });
    const due = /Encaisser (.+)$/.exec(await pay.innerText())![1]!;
    await pay.click();
    await payer.getByRole("button", { name: "Enregistrer le paiement" }).click();
    await expect.poll(pending, { timeout: 30_000 }).toBe("Tout est envoyé");
    await page.getByRole("button", { name: "Clôturer la tournée" }).click();
    await expect.poll(() => page.getByTestId("round-closed").count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId("hand-in").innerText()).toContain(`Espèces : ${due}`);
    expect(await page.getByTestId("closed-summary").innerText()).toContain("Commande annulée par le foyer : 1");

    const [tour] = await api.sql().query<{ status: string }>(`SELECT status::text FROM "Tour" WHERE id = $1`, [round.tourId]);
    expect(tour?.status).toBe("closed");
    const pulled = await page.evaluate(async () => (await (await fetch("/api/sync/pull")).json()) as { tours: { id: string; status: string }[] });
    expect(pulled.tours.find((t) => t.id === round.tourId)?.status).toBe("closed");

    const stored = await deviceStorage(page);
    expect([stored.rounds, stored.journal, stored.outbox, stored.rejections]).toEqual([[], [], [], []]);
    const text = JSON.stringify(stored);
    const names = [...new Set(orders.map((o) => o.name))];
    expect(names.filter((name) => text.includes(name))).toEqual([]);
    expect(text).not.toContain("Le portail est ouvert");
    // After a reload the screen still says the round is closed, from what stayed (no personal data).
    await page.reload();
    await expect.poll(() => page.getByTestId("round-closed").count(), { timeout: 30_000 }).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "driver-round-closed");
  });
});
