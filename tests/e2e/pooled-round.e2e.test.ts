/**
 * A pooled round, in the browser: the Red Cross's coordinator sees its parcels planned on the
 * grocery's round; the grocery's driver finds them on the phone, marked as the Red Cross's, hands
 * one over and takes its contribution with the network cut (browser offline AND the API stopped),
 * marks another household absent, and syncs when the network returns; the end of the round counts
 * the money collected for the Red Cross apart; the Red Cross then reads the outcomes, and the
 * grocery's coordinator reads what it carried without the households' contact details.
 * Then, on a day the grocery has already published, the Red Cross adds a parcel for Mme Valadour,
 * served at home: the grocery's coordinator is told in the week's alerts and on the day's planning,
 * plans the day again to take her in, finds her on the round's sheet and loading list; the driver's
 * phone gets the new version and hands the parcel over at her door, and the Red Cross reads it delivered.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_COORDINATOR, DEMO_PASSWORD } from "../support/app.ts";
import { describeInBrowser, openBrowser, type BrowserSession } from "../support/chromium.ts";
import { startRestartableApi, type RestartableApi } from "../support/driver-round.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { screenshotsDir, webDist } from "../support/paths.ts";
import { PHONE, screenshotBoth } from "../support/screenshots.ts";
import { apiFromPage } from "../support/clocked-app.ts";
import { screenLoaded, signInWithPassword, signOut } from "../support/sign-in.ts";

const RED_CROSS = { email: "croixrouge@tournee.test", password: DEMO_PASSWORD };
const RED_CROSS_NAME = "Croix-Rouge française, unité locale d'Aubusson";
const plain = (text: string) => text.replace(/\s+/g, " ");
const HOME_HOUSEHOLD = "Mme Valadour";

interface Parcel {
  id: string;
  name: string;
  phone: string;
}

describeInBrowser("the Red Cross's parcels ride on the grocery's round, each side seeing only what it must", () => {
  let api: RestartableApi;
  let desk: BrowserSession;
  let phone: BrowserSession;
  let coordinator: Page;
  let driver: Page;
  let round: { id: string; email: string; date: string };
  let parcels: Parcel[];

  beforeAll(async () => {
    api = await startRestartableApi(inject("app").servedWebDist ?? webDist, {});
    [round] = (await api.sql().query<{ id: string; email: string }>(
      `SELECT t.id, u.email, to_char(t.date, 'YYYY-MM-DD') AS date FROM "Tour" t JOIN "User" u ON u.id = t."driverId"
       WHERE t.status = 'published' AND EXISTS (SELECT 1 FROM "Passage" p JOIN "Order" o ON o."passageId" = p.id JOIN "Organisation" g ON g.id = o."organisationId"
                                               WHERE p."tourId" = t.id AND g.slug = 'demo-croix-rouge-aubusson')
       ORDER BY t.date LIMIT 1`,
    )) as [{ id: string; email: string; date: string }];
    parcels = await api.sql().query<Parcel>(
      `SELECT o.id, h.name, h.phone FROM "Order" o JOIN "Passage" p ON p.id = o."passageId" JOIN "Household" h ON h.id = o."householdId"
       WHERE p."tourId" = $1 AND o."organisationId" <> p."organisationId" ORDER BY p.sequence, h.name`,
      [round.id],
    );
    desk = await openBrowser({ serviceWorkers: "block" });
    phone = await openBrowser();
    coordinator = desk.context.pages()[0] ?? (await desk.context.newPage());
    driver = phone.context.pages()[0] ?? (await phone.context.newPage());
  });
  afterAll(async () => {
    await desk?.close();
    await phone?.close();
    await api?.dispose();
  });

  async function openDeliveries(linkName: RegExp): Promise<string> {
    await coordinator.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Tournées partagées" }).click();
    await screenLoaded(coordinator);
    await coordinator.getByRole("link", { name: linkName }).first().click();
    await coordinator.getByTestId("pooled-summary").waitFor();
    return plain(await coordinator.locator("main").innerText());
  }
  /** The household's row on the round's day. */
  const rowOf = (name: string, date = round.date) => coordinator.locator(`section:has(#day-${date})`).getByTestId("pooled-delivery").filter({ hasText: name });

  it("shows the Red Cross its parcels planned on the grocery's round, and the proposal it made", async () => {
    expect(parcels).toHaveLength(8);
    await signInWithPassword(coordinator, api.url, RED_CROSS);
    const list = await openDeliveries(/^Voir nos livraisons/);
    expect(list).toContain("Nos livraisons portées par Épicerie solidaire du Pays d'Aubusson");
    for (const p of parcels) expect(list).toContain(p.name);
    expect(plain(await rowOf(parcels[0]!.name).innerText())).toContain("À venir");
    expect(list).not.toMatch(/\b20\d\d-\d\d-\d\d\b|undefined|NaN/);
    expect(await seriousViolations(coordinator)).toEqual([]);
    expect(await layoutProblems(coordinator)).toEqual([]);
    await screenshotBoth(coordinator, "pooled-red-cross-before");
    await coordinator.getByRole("link", { name: "Retour aux tournées partagées" }).click();
    await expect.poll(async () => plain(await coordinator.locator("main").innerText())).toContain("Proposé le");
    await screenshotBoth(coordinator, "pooled-red-cross-partnerships");
  });

  it("puts the parcels on the driver's phone, marked as the Red Cross's, handed over offline and synced once back", async () => {
    await signInWithPassword(driver, api.url, { email: round.email, password: DEMO_PASSWORD });
    // Opening the round downloads it for offline use.
    await driver.goto(`${api.url}/tournee/${round.id}`);
    const [given, absent] = [parcels[0]!, parcels[1]!];
    const card = (p: Parcel) => driver.getByRole("article", { name: p.name, exact: true });
    await expect.poll(() => card(given).count(), { timeout: 60_000 }).toBe(1);
    expect(await card(given).getByTestId("carried-for").innerText()).toContain(`Livraison pour ${RED_CROSS_NAME}`);
    expect(await driver.locator("main").innerText()).not.toContain(given.phone);

    await phone.context.setOffline(true);
    await api.stop();
    await card(given).getByRole("button", { name: "Tout remis", exact: true }).click();
    await card(given).getByRole("button", { name: /^Encaisser/ }).click();
    await card(given).getByRole("button", { name: "Enregistrer le paiement" }).click();
    await card(absent).getByRole("button", { name: "Absent", exact: true }).click();
    await expect.poll(() => driver.getByTestId("pending-count").innerText()).toBe("3 modifications pas encore envoyées");
    expect(plain(await driver.getByTestId("summary").innerText())).toContain(`Dont pour ${RED_CROSS_NAME} : Espèces 2,00 €`);

    await api.start();
    await phone.context.setOffline(false);
    await driver.evaluate(() => window.dispatchEvent(new Event("online")));
    await expect.poll(() => driver.getByTestId("pending-count").innerText(), { timeout: 60_000 }).toBe("Tout est envoyé");
    // The money is now the server's figure for the round, the Red Cross's part apart.
    await expect.poll(async () => plain(await driver.getByTestId("summary").innerText()), { timeout: 30_000 }).toContain(`Dont pour ${RED_CROSS_NAME} : Espèces 2,00 €`);
    expect(await seriousViolations(driver)).toEqual([]);
    await screenshotBoth(driver, "pooled-driver-round");
    await driver.setViewportSize(PHONE);
    await card(given).screenshot({ path: join(screenshotsDir, "pooled-driver-parcel-phone.png") });
    await driver.getByTestId("summary").screenshot({ path: join(screenshotsDir, "pooled-driver-summary-phone.png") });
  });

  it("reports the outcomes and the money to the Red Cross, and shows the grocery what it carried without their contact details", async () => {
    await coordinator.goto(`${api.url}/partenaires/tournees`);
    await screenLoaded(coordinator);
    const list = await openDeliveries(/^Voir nos livraisons/);
    expect(list).toMatch(/Encaissé par les chauffeurs pour le partenaire : \d+,\d\d € en espèces/);
    expect(plain(await rowOf(parcels[0]!.name).innerText())).toMatch(/Remis.*à \d\d:\d\d/);
    expect(plain(await rowOf(parcels[0]!.name).innerText())).toContain("encaissé : 2,00 €");
    expect(plain(await rowOf(parcels[1]!.name).innerText())).toContain("Absent");
    await screenshotBoth(coordinator, "pooled-red-cross-after");

    await signOut(coordinator, api.url);
    await signInWithPassword(coordinator, api.url, DEMO_COORDINATOR);
    const carried = await openDeliveries(/^Voir les livraisons portées pour Croix-Rouge/);
    expect(carried).toContain(`Livraisons portées pour ${RED_CROSS_NAME}`);
    for (const p of parcels) expect(carried).not.toContain(p.phone);
    expect(plain(await rowOf(parcels[0]!.name).innerText())).toContain("Remis");
    // The month's cost of the round, with the Red Cross's share by its orders.
    await expect.poll(async () => plain(await coordinator.getByTestId("pooled-statement").innerText())).toMatch(/Total du mois \d+,\d\d € \d+,\d\d €/);
    expect(await seriousViolations(coordinator)).toEqual([]);
    await screenshotBoth(coordinator, "pooled-grocery-carried");
  });

  it("takes a parcel added after the day was published to Mme Valadour's door: the grocery is told, plans the day again, and the driver hands it over", async () => {
    // The grocery has planned and published the next day of the shared round, as it does the day before.
    const [shared] = await api.sql().query<{ date: string }>(
      `SELECT to_char(max(p.date), 'YYYY-MM-DD') AS date FROM "Passage" p JOIN "Partnership" s ON s."templateId" = p."templateId" AND s.status = 'active' WHERE p."cutoffAt" > now()`,
    );
    const date = shared!.date;
    const planned = await apiFromPage<{ id: string }>(coordinator, "POST", `/api/planning/${date}/jobs`, { timeLimitSeconds: 2 });
    expect(planned.status).toBe(202);
    await expect.poll(async () => (await apiFromPage<{ status: string }>(coordinator, "GET", `/api/planning-jobs/${planned.body.id}`)).body.status, { timeout: 60_000 }).toBe("succeeded");
    for (const tour of (await apiFromPage<{ id: string }[]>(coordinator, "GET", `/api/tours?from=${date}&to=${date}`)).body) {
      expect((await apiFromPage(coordinator, "POST", `/api/tours/${tour.id}/publish`)).status).toBe(200);
    }

    // The Red Cross adds a parcel for her on that day; it is told the grocery must plan the round again.
    await signOut(coordinator, api.url);
    await signInWithPassword(coordinator, api.url, RED_CROSS);
    await openDeliveries(/^Voir nos livraisons/);
    await coordinator.getByLabel("Pour le foyer").selectOption({ label: `${HOME_HOUSEHOLD} (Saint-Maixant)` });
    const day = coordinator.getByLabel("Le jour de la tournée");
    const option = (await day.locator("option").allInnerTexts()).at(-1)!;
    await day.selectOption({ label: option });
    await coordinator.getByLabel(/^Colis alimentaire/).fill("1");
    await coordinator.getByRole("button", { name: "Ajouter sur la tournée" }).click();
    await expect.poll(async () => plain(await coordinator.locator("section[aria-labelledby=pooled-place]").getByRole("status").innerText().catch(() => ""))).toContain("La tournée de ce jour est déjà publiée");
    expect(await seriousViolations(coordinator)).toEqual([]);
    await expect.poll(async () => plain(await rowOf(HOME_HOUSEHOLD, date).innerText())).toContain("En attente : la tournée de ce jour, déjà publiée, doit être recalculée");
    await screenshotBoth(coordinator, "pooled-red-cross-home-parcel-late");

    // The grocery's coordinator reads it in the week's alerts and at the top of the day's planning, and takes it in.
    await signOut(coordinator, api.url);
    await signInWithPassword(coordinator, api.url, DEMO_COORDINATOR);
    await coordinator.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Semaine" }).click();
    const alerts = coordinator.getByTestId("week-alerts");
    await expect.poll(async () => plain(await alerts.innerText())).toMatch(/une livraison ajoutée après la publication n'est sur aucune tournée\./);
    await screenshotBoth(coordinator, "pooled-grocery-week-late-delivery");
    await alerts.getByRole("link", { name: /^Replanifier le / }).click();
    const late = coordinator.getByTestId("late-deliveries");
    await expect.poll(async () => plain(await late.innerText()), { timeout: 30_000 }).toContain(`${HOME_HOUSEHOLD}, Saint-Maixant (à domicile)`);
    expect(await late.getByRole("heading").innerText()).toBe("Une livraison ajoutée après la publication — replanifier");
    expect(await seriousViolations(coordinator)).toEqual([]);
    await screenshotBoth(coordinator, "pooled-grocery-planning-late-delivery");
    await late.getByRole("button", { name: "Replanifier pour l'ajouter" }).click();
    const changes = coordinator.getByRole("region", { name: "Le nouveau calcul changerait les tournées publiées" });
    await changes.waitFor({ timeout: 60_000 });
    await changes.getByRole("button", { name: "Publier le nouveau plan" }).click();
    await expect.poll(() => coordinator.getByRole("status").allInnerTexts()).toContain("Nouveau plan publié : les chauffeurs le reçoivent à leur prochaine synchronisation, les habitants voient les nouveaux horaires.");
    await expect.poll(() => late.count()).toBe(0);

    // Her door is on a round: its sheet and loading list carry her parcel.
    const [door] = await api.sql().query<{ tourId: string; email: string }>(
      `SELECT p."tourId", u.email FROM "Passage" p JOIN "Stop" s ON s.id = p."stopId" JOIN "Household" h ON h.id = s."householdId" JOIN "Tour" t ON t.id = p."tourId" JOIN "User" u ON u.id = t."driverId"
       WHERE h.name = $1 AND p.date = $2::date`,
      [HOME_HOUSEHOLD, date],
    );
    expect(door, "her door on a published round").toBeDefined();
    for (const printed of ["sheet", "loading-list"]) {
      await coordinator.goto(`${api.url}/api/tours/${door!.tourId}/${printed}`);
      const text = plain(await coordinator.locator("body").innerText());
      expect(text).toContain(HOME_HOUSEHOLD);
      expect(text).toContain("Colis alimentaire");
      await coordinator.screenshot({ path: join(screenshotsDir, `pooled-grocery-home-parcel-${printed}.png`), fullPage: true });
    }

    // The driver's phone downloads the round and hands the parcel over at her door.
    await signOut(driver, api.url);
    await signInWithPassword(driver, api.url, { email: door!.email, password: DEMO_PASSWORD });
    await driver.goto(`${api.url}/tournee/${door!.tourId}`);
    const card = driver.getByRole("article", { name: HOME_HOUSEHOLD, exact: true });
    await expect.poll(() => card.count(), { timeout: 60_000 }).toBe(1);
    expect(await card.getByTestId("carried-for").innerText()).toContain(`Livraison pour ${RED_CROSS_NAME}`);
    expect(plain(await card.innerText())).toContain("elle entend mal");
    await card.getByRole("button", { name: "Tout remis", exact: true }).click();
    await card.getByRole("button", { name: /^Encaisser/ }).click();
    await card.getByRole("button", { name: "Enregistrer le paiement" }).click();
    await driver.evaluate(() => window.dispatchEvent(new Event("online")));
    await expect.poll(() => driver.getByTestId("pending-count").innerText(), { timeout: 60_000 }).toBe("Tout est envoyé");
    await card.screenshot({ path: join(screenshotsDir, "pooled-driver-home-parcel-phone.png") });

    // The Red Cross reads it delivered at her door.
    await coordinator.goto(`${api.url}/partenaires/tournees`);
    await signOut(coordinator, api.url);
    await signInWithPassword(coordinator, api.url, RED_CROSS);
    await openDeliveries(/^Voir nos livraisons/);
    await expect.poll(async () => plain(await rowOf(HOME_HOUSEHOLD, date).innerText())).toMatch(/Remis/);
    expect(plain(await rowOf(HOME_HOUSEHOLD, date).innerText())).toContain("encaissé : 2,00 €");
    await screenshotBoth(coordinator, "pooled-red-cross-home-parcel-delivered");
  });
});
