/**
 * A coordinator plans the coming days: the planning screen opens on the next day with passages to
 * plan, a week strip shows the other days, the computation's progress moves with its time budget,
 * and the plan reads in km, driving time, working time and stops per vehicle (asked for even working
 * days), with the stops left out and why.
 * Then a published day is planned again: the coordinator sees what would change and decides; the
 * driver's phone keeps the published round until the new plan is published, then downloads it.
 * A driver is ill: the coordinator hands the round to a driver free that day, the others shown with why
 * not; the ill driver is recorded as away that day; their phone forgets the round at its next sync
 * and says the arrival it recorded offline went to the coordination, which finds it on the round's
 * own page; that page offers the same handover, here for a swap.
 * Last, the volunteer's car of the demo day, in two trips: its return to the depot on the planning
 * page, the tour sheet, the loading lists, her phone's list and map, and what she is owed for it;
 * she leaves late enough to reach her first home without waiting at the door; and the day's
 * planning says so when the bakery is closed that weekday.
 */
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_COORDINATOR, DEMO_PASSWORD } from "../support/app.ts";
import { describeInBrowser, openBrowser } from "../support/chromium.ts";
import { apiFromPage, startClockedJourney } from "../support/clocked-app.ts";
import { prepareRoundOnPhone } from "../support/driver-phone.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { screenshotBoth } from "../support/screenshots.ts";
import { signInWithPassword } from "../support/sign-in.ts";

interface TourSummary { id: string; date: string; status: string; version: number; vehicle: { id: string; name: string } | null; driver: { id: string; displayName: string } | null }
interface TourDetail { id: string; vehicle: { id: string } | null; passages: { id: string; stop: { name: string; kind: string }; plannedArrival: string | null }[] }

const status = (page: Page) => page.getByRole("status").allInnerTexts();
/** The demo's volunteer drives the home drops in her own car, which comes back to the warehouse between two trips. */
const CAR = "Voiture de Nadia";
const OWNER = { name: "Nadia Benmoussa", email: "chauffeur2@tournee.test" };

describeInBrowser("a coordinator plans a day", () => {
  const journey = startClockedJourney();
  let date = "";

  async function plan(page: Page, button: RegExp) {
    await page.getByRole("button", { name: button }).click();
    await page.getByRole("progressbar").waitFor();
  }

  it("opens on the next day to plan, watches the progress, reads the plan in km and hours per vehicle with the stops left out, and publishes", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, DEMO_COORDINATOR);
    await page.getByRole("link", { name: "Planification" }).click();
    const today = new Date().toISOString().slice(0, 10);
    date = (await apiFromPage<{ nextToPlan: string | null }>(page, "GET", `/api/planning-calendar?from=${today}&to=${today}`)).body.nextToPlan ?? "";
    expect(date, "a day with passages to plan").not.toBe("");
    const strip = page.getByRole("navigation", { name: /^Semaine du / });
    const chosen = strip.getByRole("button", { pressed: true });
    await expect.poll(() => chosen.innerText()).toMatch(/\d+ arrêts[\s\S]*À planifier/);
    expect(await page.getByRole("heading", { level: 2 }).first().innerText()).toMatch(/^Le \p{L}+ \d+ \p{L}+$/u);
    // Days without passages are shown, and cannot be chosen.
    const days = await strip.locator(".week-strip__day").all();
    expect(days).toHaveLength(7);
    for (const day of days) if ((await day.innerText()).includes("Pas de passage")) expect(await day.isDisabled()).toBe(true);
    // Four vehicles and three drivers that day: the coordinator is told which one stays home, with where to see the drivers.
    const warnings = page.getByRole("region", { name: "À savoir pour cette journée" });
    await expect.poll(() => warnings.innerText()).toMatch(/\S reste au dépôt : aucun chauffeur n'est libre pour ce véhicule ce jour-là\./);
    expect(await warnings.getByRole("link", { name: "Voir les disponibilités des chauffeurs" }).getAttribute("href")).toBe("/coordination/flotte");

    // First the coordinator asks for working days as even as possible, and reads each one beside the others.
    const balance = page.getByRole("group", { name: "Répartition du travail entre les véhicules" });
    expect(await balance.getByRole("radio", { name: "Au plus court : le moins de kilomètres" }).isChecked()).toBe(true);
    await balance.getByRole("radio", { name: "Des journées de travail égales" }).check();
    await plan(page, /^Calculer les tournées$/);
    await expect.poll(() => status(page), { timeout: 60_000 }).toContain("Calcul terminé : les tournées sont à jour.");
    expect(await balance.getByRole("radio", { name: "Des journées de travail égales" }).isChecked()).toBe(true);
    const vehiclesTable = page.getByRole("table", { name: /Chaque véhicule côte à côte/ });
    expect(await vehiclesTable.locator("tbody tr").count()).toBeGreaterThan(1);
    expect(await page.locator("main").innerText()).toMatch(/Journées de travail : la plus longue (\d+\u00a0h\u00a0\d\d|\d+\u00a0min), la plus courte (\d+\u00a0h\u00a0\d\d|\d+\u00a0min), soit (\d+\u00a0h\u00a0\d\d|\d+\u00a0min) d'écart\./);
    await screenshotBoth(page, "coordinator-planning-even-days");

    // With only the smallest vehicle, each stop left out says why, in words, naming that vehicle.
    const fleet = (await apiFromPage<{ id: string; name: string; active: boolean; compartments: { capacity: number }[] }[]>(page, "GET", "/api/vehicles")).body.filter((v) => v.active);
    const room = (v: (typeof fleet)[number]) => v.compartments.reduce((n, c) => n + c.capacity, 0);
    const small = [...fleet].sort((a, b) => room(a) - room(b))[0]!;
    const crewSummary = page.locator("details.crew > summary");
    await crewSummary.click();
    for (const v of fleet) if (v.id !== small.id) await page.getByRole("checkbox", { name: v.name, exact: true }).uncheck();
    await expect.poll(() => crewSummary.innerText()).toMatch(/^Véhicules et chauffeurs : 1 véhicule,/);
    await balance.getByRole("radio", { name: "Au plus court : le moins de kilomètres" }).check();
    await plan(page, /^Recalculer les tournées$/);
    await expect.poll(() => status(page), { timeout: 60_000 }).toContain("Calcul terminé : les tournées sont à jour.");
    const causes = page.getByRole("list", { name: /^Pourquoi .+ n'est pas placé$/ });
    await expect.poll(() => causes.count()).toBeGreaterThan(0);
    const onSmall = ` (${small.name})`;
    for (const list of await causes.all()) {
      for (const line of await list.locator("li").allInnerTexts()) {
        expect(line.endsWith(onSmall), line).toBe(true);
        expect(line).toMatch(/^\p{Ll}/u);
      }
    }
    expect(await page.locator("section[aria-labelledby=left-out-title]").innerText()).not.toMatch(/\b(the|vehicle|window|capacity|undefined)\b|coordinator\./i);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-planning-left-out-reasons");

    // Then every vehicle again, the cheapest plan, which the coordinator publishes.
    for (const v of fleet) await page.getByRole("checkbox", { name: v.name, exact: true }).check();
    await expect.poll(() => crewSummary.innerText()).toMatch(new RegExp(`^Véhicules et chauffeurs : ${fleet.length} véhicules?,`));
    await plan(page, /^Recalculer les tournées$/);
    await expect.poll(() => status(page), { timeout: 60_000 }).toContain("Calcul terminé : les tournées sont à jour.");
    const main = await page.locator("main").innerText();
    expect(main).not.toMatch(/coût|cost/i);
    expect(main).toMatch(/\d+ tournées? · [\d,]+\u00a0km · (\d+\u00a0h\u00a0\d\d|\d+\u00a0min) de conduite · \d+ arrêts? placés?/);
    const vehicles = page.getByRole("table", { name: /Chaque véhicule côte à côte/ });
    expect(await vehicles.locator("tbody tr").count()).toBeGreaterThan(0);
    expect(await vehicles.innerText()).toMatch(/sec : [\d\s\u202f]+ L sur [\d\s\u202f]+ L/);
    expect(await vehicles.getByRole("columnheader", { name: "Journée de travail" }).count()).toBe(1);
    // Home drops nobody ordered for are listed with why, not silently dropped.
    await expect.poll(() => page.getByRole("heading", { name: /arrêts? non placés?/ }).count()).toBe(1);
    expect(await page.locator("main").innerText()).toContain("aucune commande : pas de livraison ce jour-là");
    // No routing server here: the coordinator is told the times are straight-line estimates and the
    // lines straight, with each round's departure from the depot, return and km; a legend names the colours.
    const said = await page.locator("main").innerText();
    expect(said).toContain("Heures estimées à vol d'oiseau");
    expect(said).toMatch(/Départ du dépôt à \d\d:\d\d, retour vers \d\d:\d\d, \d+ km\./);
    expect(said).toContain("Le trajet est tracé en lignes droites entre les arrêts");
    expect(await page.getByRole("list", { name: "Couleurs des véhicules" }).locator("li").count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-planning");

    await page.getByRole("button", { name: "Publier les tournées" }).click();
    await expect.poll(() => status(page)).toContain("Tournées publiées : les chauffeurs et les habitants voient les horaires.");
    const published = (await apiFromPage<TourSummary[]>(page, "GET", `/api/tours?from=${date}&to=${date}`)).body;
    expect(published.every((t) => t.status === "published")).toBe(true);
    await expect.poll(() => strip.getByRole("button", { pressed: true }).innerText()).toContain("Publiée");

    // A household with a passage that day now sees the time the truck is expected.
    const relay = await openBrowser();
    const home = relay.context.pages()[0] ?? (await relay.context.newPage());
    await signInWithPassword(home, url, { email: "mairie@tournee.test", password: DEMO_PASSWORD });
    const households = (await apiFromPage<{ user: { households: { id: string; name: string }[] } }>(home, "GET", "/api/auth/me")).body.user.households;
    let household: { id: string; name: string } | undefined;
    for (const h of households) {
      const passages = (await apiFromPage<{ date: string }[]>(home, "GET", `/api/passages?householdId=${h.id}`)).body;
      if (passages.some((p) => p.date === date)) household = h;
    }
    expect(household, "a household of the town hall with a passage that day").toBeDefined();
    // The town hall's page of the households that delegated to it says when the truck comes.
    const card = home.locator("li.relay-household", { has: home.getByRole("heading", { name: new RegExp(household!.name) }) });
    await expect.poll(() => card.locator(".passage__eta").innerText()).toMatch(/\d{2}:\d{2}/);
    await relay.close();
  });

  it("plans the published day again: sees what would change, the driver keeps the published round until the new plan is published, then gets its new version", async () => {
    const { page, url } = journey;
    const tours = (await apiFromPage<TourSummary[]>(page, "GET", `/api/tours?from=${date}&to=${date}`)).body;
    const details = await Promise.all(tours.map(async (t) => (await apiFromPage<TourDetail>(page, "GET", `/api/tours/${t.id}`)).body));
    const from = details.find((d) => d.passages.some((p) => p.stop.kind === "halt"))!;
    const vehicles = (await apiFromPage<{ id: string; active: boolean }[]>(page, "GET", "/api/vehicles")).body;
    const to = vehicles.find((v) => v.active && v.id !== from.vehicle!.id)!;
    const moved = from.passages.find((p) => p.stop.kind === "halt")!;
    const round = tours.find((t) => t.id === from.id)!;
    const drivers = (await apiFromPage<{ id: string; email: string | null }[]>(page, "GET", "/api/drivers")).body;

    // The driver of the round prepares it on the phone.
    const { session: phone, page: driver, card } = await prepareRoundOnPhone(url, drivers.find((d) => d.id === round.driver!.id)!.email!, round.id);
    const storedVersion = () => driver.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open("tournee-driver");
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const row = await new Promise<{ tour: { version: number } } | undefined>((resolve) => {
        const get = db.transaction("rounds").objectStore("rounds").get(id);
        get.onsuccess = () => resolve(get.result as { tour: { version: number } } | undefined);
      });
      db.close();
      return row?.tour.version;
    }, round.id);
    expect(await storedVersion()).toBe(round.version);
    await card.getByRole("link", { name: "Ouvrir la tournée" }).click();
    await expect.poll(() => driver.locator("main").innerText()).toContain(moved.stop.name);

    // The coordinator moves one of its halts to the other vehicle and computes again.
    await page.getByLabel(`Véhicule pour ${moved.stop.name}`).selectOption(to.id);
    await page.getByRole("button", { name: `Déplacer ${moved.stop.name} sur le véhicule choisi` }).click();
    await expect.poll(() => status(page)).toContain(`${moved.stop.name} est réservé au véhicule choisi : recalculez les tournées pour l'y placer.`);
    await plan(page, /^Recalculer \(les tournées publiées restent en place/);
    const changes = page.getByRole("region", { name: "Le nouveau calcul changerait les tournées publiées" });
    await changes.waitFor({ timeout: 60_000 });
    // The panel lists the first few stops that change vehicle; the proposal holds them all.
    expect(await changes.innerText()).toMatch(/\d+ (arrêt change|arrêts changent) de véhicule/);
    const pendingJob = (await apiFromPage<{ pendingJobId: string | null }>(page, "GET", `/api/planning/${date}`)).body.pendingJobId;
    const proposal = (await apiFromPage<{ result: { changes: { moved: { passageId: string; to: string | null }[] } } }>(page, "GET", `/api/planning-jobs/${pendingJob}`)).body;
    expect(proposal.result.changes.moved.map((m) => m.passageId)).toContain(moved.id);
    expect(await changes.innerText()).toContain("Les chauffeurs et les habitants gardent les tournées publiées");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-replan-confirmation");

    // Nothing reached the phone yet: it still has the published round.
    await driver.evaluate(() => window.dispatchEvent(new Event("online")));
    expect((await apiFromPage<TourSummary[]>(page, "GET", `/api/tours?from=${date}&to=${date}`)).body.find((t) => t.id === round.id)!.version).toBe(round.version);
    expect(await storedVersion()).toBe(round.version);
    expect(await driver.locator("main").innerText()).toContain(moved.stop.name);

    await changes.getByRole("button", { name: "Publier le nouveau plan" }).click();
    await expect.poll(() => status(page)).toContain("Nouveau plan publié : les chauffeurs le reçoivent à leur prochaine synchronisation, les habitants voient les nouveaux horaires.");
    expect(await changes.count()).toBe(0);
    await driver.evaluate(() => window.dispatchEvent(new Event("online")));
    await expect.poll(storedVersion, { timeout: 30_000 }).toBe(round.version + 1);
    await expect.poll(() => driver.locator("main").innerText(), { timeout: 30_000 }).not.toContain(moved.stop.name);
    expect(await seriousViolations(driver)).toEqual([]);
    await phone.close();
  });

  it("hands a published round to a driver free that day when its driver is ill, the others shown with why not", async () => {
    const { page, url } = journey;
    const drivers = (await apiFromPage<{ id: string; displayName: string; organisationIds: string[] }[]>(page, "GET", "/api/drivers")).body;
    // A driver the grocery can call on, free all that day.
    const created = await apiFromPage<{ id: string }>(page, "POST", "/api/drivers", { organisationId: drivers[0]!.organisationIds[0], displayName: "Lucie Remplaçante", phone: "06 39 98 10 09" });
    expect(created.status).toBe(201);
    const freed = await apiFromPage(page, "PUT", `/api/drivers/${created.body.id}/availability`, { organisationId: drivers[0]!.organisationIds[0], weekly: [], dated: [{ date, fromMinute: 6 * 60, toMinute: 20 * 60, available: true }] });
    expect(freed.status).toBe(200);
    const round = (await apiFromPage<TourSummary[]>(page, "GET", `/api/tours?from=${date}&to=${date}`)).body.find((t) => t.status === "published" && t.vehicle?.name !== CAR && t.driver)!;
    // The ill driver had prepared the round on the phone the day before.
    const email = (await apiFromPage<{ id: string; email: string | null }[]>(page, "GET", "/api/drivers")).body.find((d) => d.id === round.driver!.id)!.email!;
    const { session: phone, page: ill, card } = await prepareRoundOnPhone(url, email, round.id);
    // Out of signal at the first stop, before calling in ill: the arrival stays on the phone.
    await card.getByRole("link", { name: "Ouvrir la tournée" }).click();
    const firstStop = ill.locator("li.stop:not(.stop--pickup)").first();
    await firstStop.waitFor();
    await phone.context.setOffline(true);
    const stopName = await firstStop.locator("h3").evaluate((h) => [...h.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join("").replace(/^\d+\.\s*/, "").trim());
    await firstStop.getByRole("button", { name: "Je suis arrivé" }).click();
    await expect.poll(() => ill.getByTestId("pending-count").innerText()).toBe("1 modification pas encore envoyée");
    await ill.goBack();

    await page.goto(`${url}/coordination/planification?date=${date}`);
    const panel = page.getByRole("region", { name: "Chauffeur absent : confier une tournée à un autre chauffeur" });
    await panel.getByLabel("Tournée à confier").selectOption(round.id);
    const substitute = panel.getByRole("radio", { name: /^Lucie Remplaçante — libre \(de 06:00 à 20:00\)$/ });
    await expect.poll(() => substitute.count()).toBe(1);
    // The other drivers drive their own rounds at that time: shown, with why, and not offered.
    const busy = panel.getByRole("radio", { name: /— conduit déjà .+ de \d\d:\d\d à \d\d:\d\d$/ });
    expect(await busy.count()).toBeGreaterThan(0);
    expect(await busy.first().isDisabled()).toBe(true);
    await substitute.check();
    // Ill, not a swap (the choice offered first): the former driver is recorded as away that day.
    expect(await panel.getByRole("radio", { name: new RegExp(`^${round.driver!.displayName} ne peut pas venir ce jour-là`) }).isChecked()).toBe(true);
    await panel.getByRole("button", { name: "Confier la tournée à Lucie Remplaçante" }).click();
    await expect.poll(async () => (await status(page)).join("\n")).toContain(`${round.vehicle!.name} : la tournée est maintenant confiée à Lucie Remplaçante, dans le même ordre et aux mêmes horaires.`);
    expect((await status(page)).join("\n")).toContain(`${round.driver!.displayName} : noté « pas disponible » le`);
    const after = (await apiFromPage<TourSummary>(page, "GET", `/api/tours/${round.id}`)).body;
    expect([after.driver?.displayName, after.version]).toEqual(["Lucie Remplaçante", round.version + 1]);
    expect(await page.locator("main").innerText()).not.toMatch(/\d{4}-\d\d-\d\d/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-planning-driver-change");

    // The round's own page, opened from the live day: the same panel, the former driver now away that day.
    await page.goto(`${url}/coordination/direct?date=${date}`);
    await page.getByRole("link", { name: `Ouvrir la tournée ${round.vehicle!.name}` }).click();
    await page.getByRole("heading", { level: 1, name: new RegExp(`^Tournée ${round.vehicle!.name}, `) }).waitFor();
    const roundPage = page.url();
    const own = page.getByRole("region", { name: "Chauffeur absent : confier une tournée à un autre chauffeur" });
    await expect.poll(() => own.innerText()).toContain(`Tournée : ${round.vehicle!.name} (Lucie Remplaçante).`);
    const away = own.getByRole("radio", { name: `${round.driver!.displayName} — pas disponible ce jour-là` });
    expect(await away.isDisabled()).toBe(true);
    // Nobody else is free then: the panel says where to find one.
    expect(await own.innerText()).toContain("Aucun chauffeur n'est libre sur toute la durée de la tournée");
    expect(await own.getByRole("link", { name: "Ouvrir Véhicules et chauffeurs" }).getAttribute("href")).toBe("/coordination/flotte");
    // A swap from there: a second driver takes it, and Lucie stays free that day.
    const second = await apiFromPage<{ id: string }>(page, "POST", "/api/drivers", { organisationId: drivers[0]!.organisationIds[0], displayName: "Marc Renfort", phone: "06 39 98 10 10" });
    await apiFromPage(page, "PUT", `/api/drivers/${second.body.id}/availability`, { organisationId: drivers[0]!.organisationIds[0], weekly: [], dated: [{ date, fromMinute: 6 * 60, toMinute: 20 * 60, available: true }] });
    await page.reload();
    await own.getByRole("radio", { name: /^C'est un échange entre chauffeurs : Lucie Remplaçante reste disponible/ }).check();
    await own.getByRole("radio", { name: /^Marc Renfort — libre/ }).check();
    await screenshotBoth(page, "coordinator-round-driver-change");
    await own.getByRole("button", { name: "Confier la tournée à Marc Renfort" }).click();
    await expect.poll(async () => (await status(page)).join("\n")).toContain(`${round.vehicle!.name} : la tournée est maintenant confiée à Marc Renfort`);
    expect((await status(page)).join("\n")).not.toContain("pas disponible");
    await expect.poll(() => own.getByRole("radio", { name: /^Lucie Remplaçante — libre/ }).count()).toBe(1);
    expect(await page.locator("main").innerText()).not.toMatch(/\d{4}-\d\d-\d\d/);
    expect(await seriousViolations(page)).toEqual([]);

    // The fleet shows the ill driver's day off, to be removed there if it was a mistake.
    await page.goto(`${url}/coordination/flotte`);
    const fleetCard = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: round.driver!.displayName, exact: true }) });
    await expect.poll(() => fleetCard.innerText()).toMatch(/\n\S+ \d{1,2} \S+ : pas disponible/);

    // At its next sync, the ill driver's phone forgets the round, says who decided, and that what it
    // recorded went to the coordination.
    await phone.context.setOffline(false);
    await ill.evaluate(() => window.dispatchEvent(new Event("online")));
    await expect.poll(() => ill.locator("main").innerText(), { timeout: 30_000 }).toContain("La coordination a confié votre tournée du");
    await expect.poll(() => ill.locator("main").innerText(), { timeout: 30_000 }).toContain("Ce que vous aviez noté pour elle (1 changement) a été transmis à la coordination");
    expect(await card.count()).toBe(0);
    expect(await seriousViolations(ill)).toEqual([]);
    await screenshotBoth(ill, "driver-home-round-reassigned");

    // The coordinator finds that arrival on the round's page, to check with both drivers; the round
    // has started, so it no longer changes driver.
    await page.goto(roundPage);
    const conflict = page.getByTestId("live-conflicts").getByRole("listitem").filter({ hasText: "Tournée confiée à un autre chauffeur" });
    await expect.poll(() => conflict.innerText()).toMatch(new RegExp(`Sur le téléphone de ${round.driver!.displayName}, le \\S+ \\d{1,2} \\S+ \\d{4} à \\d\\d:\\d\\d : arrivée à l'arrêt\\.`));
    expect(await conflict.innerText()).toContain(`(${stopName})`);
    expect(await own.innerText()).toContain("Cette tournée a déjà commencé (des arrêts sont faits) ou est terminée : elle ne peut plus changer de chauffeur. Pour répartir ce qu'il reste à faire, déclarez son véhicule « en panne » dans la planification du jour (lien ci-dessus).");
    expect(await page.locator("main").innerText()).not.toMatch(/\d{4}-\d\d-\d\d/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-round-handed-over-work");

    await phone.close();
  });

  it("shows the volunteer's car in two trips on the demo day: the return to the depot on the planning page, the sheet, the loading lists, her phone and its map, and her mileage allowance", async () => {
    const { page, url } = journey;
    const today = new Date().toISOString().slice(0, 10);
    const soon = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const rounds = (await apiFromPage<TourSummary[]>(page, "GET", `/api/tours?from=${today}&to=${soon}`)).body.filter((t) => t.vehicle?.name === CAR && t.status === "published");
    const withReloads = [];
    for (const r of rounds) {
      const detail = (await apiFromPage<{ reloads?: { trip: number; beforeSequence: number }[] }>(page, "GET", `/api/tours/${r.id}`)).body;
      if (detail.reloads?.length) withReloads.push({ ...r, reloads: detail.reloads });
    }
    const car = withReloads.sort((a, b) => a.date.localeCompare(b.date))[0]!;
    expect(car, "the demo day's car comes back to the depot").toBeDefined();
    expect(car.driver?.displayName).toBe(OWNER.name);
    const [reload] = car.reloads;
    const before = reload!.beforeSequence;

    // The planning page: the car's two trips side by side with the other rounds, and the return between its stops, with its time.
    await page.goto(`${url}/coordination/planification?date=${car.date}`);
    const table = page.getByRole("table", { name: /Chaque véhicule côte à côte/ });
    await expect.poll(() => table.locator("tr", { hasText: CAR }).innerText()).toMatch(/\d+ \(2 tournées\)/);
    const section = page.locator("section", { has: page.getByRole("heading", { name: new RegExp(`^${CAR}, avec ${OWNER.name}`) }) });
    const row = section.getByTestId("reload");
    expect(await row.innerText()).toMatch(/^↺\s+Retour au dépôt \(Entrepôt[^)]*\)\s+\d\d:\d\d\s+Recharger : .+ pour la tournée 2$/);
    // The warehouse loads groceries; the bread was collected at the bakery and stays on board.
    expect(await row.innerText()).not.toContain("pain");
    const numbers = await section.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.querySelector("td, th")?.textContent?.trim() ?? ""));
    const at = numbers.indexOf("↺");
    expect([numbers[at - 1], numbers[at + 1]]).toEqual([String(before), String(before + 1)]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-planning-volunteer-car");

    // The printed tour sheet and the loading lists, one per trip.
    await page.goto(`${url}/api/tours/${car.id}/sheet`);
    const sheet = await page.locator("body").innerText();
    expect(sheet).toMatch(/↺ \d\d:\d\d — Retour au dépôt/);
    expect(sheet).toMatch(/Recharger : [^\n]*L de/);
    await screenshotBoth(page, "tour-sheet-reload");
    await page.goto(`${url}/api/tours/${car.id}/loading-list`);
    const list = await page.locator("body").innerText();
    expect(list).toContain("Tournée 1 — au départ du dépôt");
    expect(list).toMatch(/Tournée 2 — au retour au dépôt vers \d\d:\d\d/);
    await screenshotBoth(page, "loading-list-per-trip");

    // Her phone: the return to the depot in the list, between the stops the map numbers the same way, and on the map.
    const { session: phone, page: driver, card } = await prepareRoundOnPhone(url, OWNER.email, car.id);
    await card.getByRole("link", { name: "Ouvrir la tournée" }).click();
    const items = driver.locator("ol.stops > li");
    await items.first().waitFor();
    const texts = await items.allInnerTexts();
    const back = texts.findIndex((x) => x.startsWith("↺"));
    expect(texts[back]).toMatch(/^↺ Retour au dépôt \(Entrepôt[^)]*\) prévu à \d\d:\d\d/);
    expect(texts[back]).toContain("À charger pour la tournée 2 :");
    expect(texts[back - 1]).toMatch(new RegExp(`^${before}\\. `));
    expect(texts[back + 1]).toMatch(new RegExp(`^${before + 1}\\. `));
    await driver.getByRole("button", { name: "Voir la carte" }).click();
    await expect.poll(() => driver.locator('.leaflet-marker-icon[title^="Retour au dépôt"]').count()).toBe(1);
    expect(await driver.locator(`.leaflet-marker-icon[title^="${before} – "]`).count()).toBe(1);
    expect(await driver.locator(`.leaflet-marker-icon[title^="${before + 1} – "]`).count()).toBe(1);
    expect(await seriousViolations(driver)).toEqual([]);
    await screenshotBoth(driver, "driver-round-reload");
    await phone.close();

    // What the grocery owes her for the car's km that month, the demo day's round among them.
    await page.goto(`${url}/coordination/indemnites-kilometriques`);
    const month = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${car.date}T12:00:00Z`));
    const heading = page.getByRole("group", { name: /mois/i }).getByRole("heading", { level: 2 });
    await heading.waitFor();
    if (!(await heading.innerText()).toLowerCase().includes(month)) await page.getByRole("button", { name: /^Mois suivant/ }).click();
    const owed = page.getByRole("table", { name: new RegExp(`^Tournées de ${OWNER.name}`) });
    await expect.poll(() => owed.locator("tr", { hasText: "publiée" }).count()).toBeGreaterThan(0);
    expect(await owed.locator("tr", { hasText: "publiée" }).first().innerText()).toMatch(new RegExp(`${CAR}\\s+${OWNER.name}\\s+publiée\\s+[\\d,]+\\s?km\\s+[\\d,]+\\s?€`));
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("has the volunteer's car leave late enough to reach its first home drop without waiting, says when the bakery is closed that day, and does not visit a home that ordered only its bread", async () => {
    const { page, url, sql } = journey;
    const today = new Date().toISOString().slice(0, 10);
    const soon = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const car = (await apiFromPage<TourSummary[]>(page, "GET", `/api/tours?from=${today}&to=${soon}`)).body
      .filter((t) => t.vehicle?.name === CAR && t.status === "published").sort((a, b) => a.date.localeCompare(b.date))[0]!;
    const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

    // The sheet: she leaves the depot (collecting the bread on the way when the bakery is open) to reach her first home at its
    // window's opening, not at 07:30 to wait at the door; the planning page and her phone say the same times.
    await page.goto(`${url}/api/tours/${car.id}/sheet`);
    const sheet = await page.locator("body").innerText();
    const departure = /Départ du dépôt à (\d\d:\d\d)/.exec(sheet)?.[1] ?? "";
    const [, firstAt, firstName, opening] = /\d+\. (\d\d:\d\d) — ([^(\n]+) \(Livraison à domicile[^\n]*\n+Départ prévu \d\d:\d\d · créneau (\d\d:\d\d)–/.exec(sheet) ?? [];
    expect(firstAt, sheet.slice(0, 600)).toBe(opening);
    expect(minutes(firstAt!) - minutes(departure), `leaves at ${departure} for ${firstAt}`).toBeLessThan(30);
    await page.goto(`${url}/coordination/planification?date=${car.date}`);
    const section = page.locator("section.panel", { has: page.getByRole("heading", { name: new RegExp(`^${CAR}, avec ${OWNER.name}`) }) });
    await expect.poll(() => section.innerText()).toContain(`Départ du dépôt à ${departure}`);
    expect(await section.locator("tr", { hasText: firstName!.trim() }).innerText()).toContain(firstAt);
    const { session: phone, page: driver, card } = await prepareRoundOnPhone(url, OWNER.email, car.id);
    await card.getByRole("link", { name: "Ouvrir la tournée" }).click();
    // The stop of that home, not the bakery's, which lists the same household among those it loads bread for.
    const home = driver.locator("ol.stops > li").filter({ has: driver.getByRole("heading", { name: firstName!.trim() }) });
    await expect.poll(() => home.innerText()).toContain(`prévu à ${firstAt}`);
    await phone.close();

    // The bakery closed on the day's weekday: its bread is not collected, and the day's planning says so, with where to see the hours.
    const weekday = ((new Date(`${car.date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const [bakery] = await sql.query<{ id: string; name: string; openingHours: { weekday: number }[] }>(`SELECT id, name, "openingHours" FROM "Site" WHERE kind = 'bakery' AND "archivedAt" IS NULL`);
    await sql.query(`UPDATE "Site" SET "openingHours" = $1::jsonb WHERE id = $2::uuid`, [JSON.stringify(bakery!.openingHours.filter((h) => h.weekday !== weekday)), bakery!.id]);
    try {
      await page.reload();
      const warnings = page.getByRole("region", { name: "À savoir pour cette journée" });
      const dayName = new Intl.DateTimeFormat("fr-FR", { weekday: "long", timeZone: "UTC" }).format(new Date(`${car.date}T12:00:00Z`));
      await expect.poll(() => warnings.innerText()).toMatch(new RegExp(`La boulangerie ${bakery!.name} est fermée le ${dayName} : le pain commandé pour \\d+ arrêts? ne sera pas retiré ce jour-là\\.`));
      expect(await warnings.getByRole("link", { name: "Voir les horaires d'ouverture des sites" }).getAttribute("href")).toBe("/coordination/sites");
      expect(await seriousViolations(page)).toEqual([]);
      await screenshotBoth(page, "coordinator-planning-bakery-closed");

      // A home drop that ordered only bread that day is not visited: planned again, it leaves its round, and the proposal says why.
      const [drop] = await sql.query<{ orderId: string; passageId: string; organisationId: string }>(
        `SELECT o.id AS "orderId", p.id AS "passageId", o."organisationId" FROM "Order" o JOIN "Passage" p ON p.id = o."passageId" JOIN "Stop" s ON s.id = p."stopId"
         WHERE p.date = $1::date AND s.kind = 'home_drop' AND o.status <> 'cancelled' AND p."tourId" IS NOT NULL ORDER BY s.name LIMIT 1`, [car.date]);
      const lines = await sql.query<Record<string, unknown>>(`SELECT * FROM "OrderLine" WHERE "orderId" = $1::uuid`, [drop!.orderId]);
      const [loaf] = await sql.query<{ offerId: string; productId: string; price: number }>(
        `SELECT o.id AS "offerId", o."productId", pr."referencePriceCents" AS price FROM "Offer" o JOIN "Product" pr ON pr.id = o."productId" WHERE pr.compartment = 'bread' AND o.active AND o."organisationId" = $1::uuid ORDER BY pr.name LIMIT 1`, [drop!.organisationId]);
      await sql.query(`DELETE FROM "OrderLine" WHERE "orderId" = $1::uuid`, [drop!.orderId]);
      await sql.query(`INSERT INTO "OrderLine" ("orderId", "offerId", "productId", quantity, "unitPriceCents", "referenceUnitPriceCents", "socialPrice") VALUES ($1::uuid, $2::uuid, $3::uuid, 2, $4, $4, false)`,
        [drop!.orderId, loaf!.offerId, loaf!.productId, loaf!.price]);
      try {
        await page.reload();
        await plan(page, /^Recalculer \(les tournées publiées restent en place/);
        const changes = page.getByRole("region", { name: "Le nouveau calcul changerait les tournées publiées" });
        await changes.waitFor({ timeout: 60_000 });
        const pendingJob = (await apiFromPage<{ pendingJobId: string | null }>(page, "GET", `/api/planning/${car.date}`)).body.pendingJobId;
        const proposal = (await apiFromPage<{ result: { leftOut: { passageId: string; reason: string }[] } }>(page, "GET", `/api/planning-jobs/${pendingJob}`)).body;
        expect(proposal.result.leftOut.find((s) => s.passageId === drop!.passageId)?.reason).toBe("site_closed");
        expect(await changes.innerText()).toContain("tout ce qui est commandé vient d'une boulangerie ou d'une ferme fermée ce jour-là : pas de visite, il n'y aurait rien à livrer");
        expect(await seriousViolations(page)).toEqual([]);
        await screenshotBoth(page, "coordinator-replan-bread-only-home-drop");
        await changes.getByRole("button", { name: /^Garder/ }).click();
      } finally {
        await sql.query(`DELETE FROM "OrderLine" WHERE "orderId" = $1::uuid`, [drop!.orderId]);
        await sql.query(`INSERT INTO "OrderLine" SELECT * FROM json_populate_recordset(NULL::"OrderLine", $1::json)`, [JSON.stringify(lines)]);
      }
    } finally {
      await sql.query(`UPDATE "Site" SET "openingHours" = $1::jsonb WHERE id = $2::uuid`, [JSON.stringify(bakery!.openingHours), bakery!.id]);
    }
  });
});
