import { expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_COORDINATOR } from "../support/app.ts";
import { describeInBrowser } from "../support/chromium.ts";
import { apiFromPage, startClockedJourney } from "../support/clocked-app.ts";
import { screenshotBoth } from "../support/screenshots.ts";
import { signInWithPassword } from "../support/sign-in.ts";

interface TourSummary { id: string; status: string; vehicle: { id: string; name: string } | null }
interface TourDetail { id: string; vehicle: { id: string } | null; passages: { id: string; stop: { name: string }; plannedArrival: string | null }[] }

describeInBrowser("a coordinator plans a day", () => {
  const journey = startClockedJourney();

  it("watches the computation's progress, moves a stop to another vehicle, computes again and publishes; a household then sees when the truck is expected", async () => {
    const { page, url, browser } = journey;
    await signInWithPassword(page, url, DEMO_COORDINATOR);
    let date = "";
    for (let i = 1; i <= 14 && !date; i++) {
      const day = new Date(Date.now() + i * 86_400_000).toISOString().slice(0, 10);
      if ((await apiFromPage<unknown[]>(page, "GET", `/api/order-summaries?date=${day}`)).body.length > 0) date = day;
    }
    expect(date, "a day with passages in the next two weeks").not.toBe("");

    await page.getByRole("link", { name: "Planification" }).click();
    await page.getByLabel("Jour à planifier").fill(date);
    await expect.poll(() => page.locator("main").innerText()).toMatch(/arrêt\(s\), \d+ commande\(s\) reçue\(s\)/);
    const plan = async () => {
      await page.getByRole("button", { name: /Lancer le calcul des tournées|Recalculer les tournées/ }).click();
      await page.getByRole("progressbar", { name: "Calcul en cours" }).waitFor();
      await expect.poll(() => page.getByRole("status").allInnerTexts(), { timeout: 60_000 }).toContain("Calcul terminé : les tournées sont à jour.");
    };
    await plan();
    await page.getByRole("table", { name: /^Arrêts de / }).first().waitFor();
    // No routing server here: the coordinator is told the times are straight-line estimates.
    expect(await page.locator("main").innerText()).toContain("Temps de trajet estimés à vol d'oiseau");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-planning");

    const tours = (await apiFromPage<TourSummary[]>(page, "GET", `/api/tours?from=${date}&to=${date}`)).body;
    const details = await Promise.all(tours.map(async (t) => (await apiFromPage<TourDetail>(page, "GET", `/api/tours/${t.id}`)).body));
    expect(details.flatMap((d) => d.passages).every((p) => p.plannedArrival !== null)).toBe(true);
    if (details.length > 1) {
      const [from, to] = [details.find((d) => d.passages.length > 1)!, details.find((d) => d.passages.length <= 1) ?? details[1]!];
      const moved = from.passages[from.passages.length - 1]!;
      await page.getByLabel(`Véhicule pour ${moved.stop.name}`).selectOption(to.vehicle!.id);
      await page.getByRole("button", { name: `Déplacer ${moved.stop.name} sur le véhicule choisi` }).click();
      await expect.poll(() => page.getByRole("status").allInnerTexts()).toContain(`${moved.stop.name} est réservé au véhicule choisi : recalculez les tournées pour l'y placer.`);
      await plan();
      const again = (await apiFromPage<TourSummary[]>(page, "GET", `/api/tours?from=${date}&to=${date}`)).body;
      const target = again.find((t) => t.vehicle?.id === to.vehicle!.id)!;
      const after = (await apiFromPage<TourDetail>(page, "GET", `/api/tours/${target.id}`)).body;
      // The solver keeps the lock: the stop is on the chosen vehicle, or (when that vehicle cannot
      // carry its goods, as the demo's small van cannot carry chilled food) listed as not placed, with why.
      if (!after.passages.some((p) => p.id === moved.id)) {
        const notPlaced = page.locator(".alert--error", { hasText: "Arrêts non placés" });
        await expect.poll(() => notPlaced.innerText()).toContain(`${moved.stop.name} : `);
      }
    }

    await page.getByRole("button", { name: "Publier les tournées" }).click();
    await expect.poll(() => page.getByRole("status").allInnerTexts()).toContain("Tournées publiées : les chauffeurs et les habitants voient les horaires.");
    const published = (await apiFromPage<TourSummary[]>(page, "GET", `/api/tours?from=${date}&to=${date}`)).body;
    expect(published.every((t) => t.status === "published")).toBe(true);

    // A household with a passage that day now sees the time the truck is expected.
    await browser.context.clearCookies();
    await signInWithPassword(page, url, { email: "mairie@tournee.test", password: DEMO_COORDINATOR.password });
    const households = (await apiFromPage<{ user: { households: { id: string; name: string }[] } }>(page, "GET", "/api/auth/me")).body.user.households;
    let household: { id: string; name: string } | undefined;
    for (const h of households) {
      const passages = (await apiFromPage<{ date: string }[]>(page, "GET", `/api/passages?householdId=${h.id}`)).body;
      if (passages.some((p) => p.date === date)) household = h;
    }
    expect(household, "a household of the town hall with a passage that day").toBeDefined();
    await page.getByLabel("Vous agissez pour le foyer").selectOption({ label: household!.name });
    await page.getByRole("link", { name: "Accueil" }).click();
    await expect.poll(() => page.locator("main").innerText()).toMatch(/Heure prévue : \d{2}:\d{2}/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "resident-home-eta");
  });
});
