/**
 * "Why this vehicle?" on a stop of the demo day says what each other round would add or break.
 * Then a van breaks down at 11:00 on the demo day: the coordinator says so on the planning screen, sees
 * which stops move to which round and when before publishing, publishes, and the phone of a driver
 * who receives a stop gets the new order at its next sync.
 */
import { join } from "node:path";
import { expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_COORDINATOR } from "../support/app.ts";
import { describeInBrowser } from "../support/chromium.ts";
import { prepareRoundOnPhone } from "../support/driver-phone.ts";
import { apiFromPage, startClockedJourney } from "../support/clocked-app.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { screenshotsDir } from "../support/paths.ts";
import { screenshotBoth } from "../support/screenshots.ts";
import { signInWithPassword } from "../support/sign-in.ts";

interface TourSummary { id: string; status: string; version: number; vehicle: { id: string; name: string } | null; driver: { id: string; displayName: string } | null }
interface Moved { passageId: string; stopName: string; from: string | null; to: string | null; at?: string | null }

const BROKEN = "Camionnette frigorifique";

describeInBrowser("a vehicle breaks down during the demo day", () => {
  const journey = startClockedJourney();

  it("shares out the rest of its round, shows what moves before publishing, and the receiving driver's phone follows after a sync", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, DEMO_COORDINATOR);
    const today = new Date().toISOString().slice(0, 10);
    const rounds = await apiFromPage<TourSummary[]>(page, "GET", `/api/tours?from=${today}&to=${addDays(today, 7)}`);
    const published = rounds.body.filter((t) => t.status === "published");
    const date = (await apiFromPage<{ date: string }>(page, "GET", `/api/tours/${published[0]!.id}`)).body.date;
    await page.goto(`${url}/coordination/planification?date=${date}`);
    const panel = page.getByRole("region", { name: "Panne d'un véhicule" });
    await panel.waitFor();

    // First, why is the van's last halt on the van? Each other round says what it would add or break, in words.
    const van = published.find((t) => t.vehicle?.name === BROKEN)!;
    const last = (await apiFromPage<{ passages: { stop: { name: string; city: string } }[] }>(page, "GET", `/api/tours/${van.id}`)).body.passages.at(-1)!;
    const row = page.locator("tr", { has: page.getByRole("rowheader", { name: `${last.stop.name}, ${last.stop.city}`, exact: true }) });
    await row.getByText("Pourquoi ce véhicule ?").click();
    const why = row.getByRole("list", { name: `Ce que changerait ${last.stop.name} sur une autre tournée` });
    await expect.poll(() => why.locator("li").count(), { timeout: 60_000 }).toBe(2);
    for (const line of await why.locator("li").allInnerTexts()) {
      expect(line).toMatch(/^Sur [^:]+ : (possible, arrivée vers \d\d:\d\d ; [\d,]+\u00a0km de (plus|moins) et (\d+\u00a0h\u00a0\d\d|\d+\u00a0min) de travail en (plus|moins) sur la journée|ne tient pas : .+)\.$/);
    }
    expect(await why.innerText()).toMatch(/ne tient pas : /);
    expect(await seriousViolations(page)).toEqual([]);
    await row.screenshot({ path: join(screenshotsDir, "coordinator-why-this-vehicle.png") });
    await panel.getByLabel("Véhicule en panne").selectOption(published.find((t) => t.vehicle?.name === BROKEN)!.vehicle!.id);
    await panel.getByLabel("En panne depuis").fill("11:00");
    await panel.getByRole("button", { name: "Répartir la suite de sa tournée" }).click();
    const changes = page.getByRole("region", { name: `Après la panne de ${BROKEN} à 11:00 : ce qui change` });
    await changes.waitFor({ timeout: 90_000 });
    const said = await changes.innerText();
    expect(said).toMatch(new RegExp(`${BROKEN} → [^,\\n]+, vers \\d\\d:\\d\\d`));
    expect(said).toContain("Les chauffeurs et les habitants gardent les tournées publiées");
    expect(said).not.toMatch(/\d{4}-\d{2}-\d{2}|undefined|vehicle|coordinator\./);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-breakdown-changes");

    // The driver of a round that receives a stop has the published round on the phone.
    const pendingJob = (await apiFromPage<{ pendingJobId: string | null }>(page, "GET", `/api/planning/${date}`)).body.pendingJobId;
    const moved = (await apiFromPage<{ result: { changes: { moved: Moved[] } } }>(page, "GET", `/api/planning-jobs/${pendingJob}`)).body.result.changes.moved;
    const gained = moved.find((m) => m.from === BROKEN && m.to)!;
    expect(gained, "a stop of the broken-down van goes to another round").toBeDefined();
    // A stop no other round can take says why, in words.
    for (const m of moved.filter((x) => x.from === BROKEN && !x.to)) {
      expect(await changes.getByRole("list", { name: `Pourquoi ${m.stopName} n'est pas placé` }).locator("li").count()).toBeGreaterThan(0);
    }
    const round = published.find((t) => t.vehicle?.name === gained.to)!;
    const drivers = (await apiFromPage<{ id: string; email: string | null }[]>(page, "GET", "/api/drivers")).body;
    const { session: phone, page: driver, card } = await prepareRoundOnPhone(url, drivers.find((d) => d.id === round.driver!.id)!.email!, round.id);
    await card.getByRole("link", { name: "Ouvrir la tournée" }).click();
    await driver.getByRole("heading", { level: 1 }).waitFor();
    expect(await driver.locator("main").innerText()).not.toContain(gained.stopName);

    await changes.getByRole("button", { name: "Publier le nouveau plan" }).click();
    await expect.poll(() => page.getByRole("status").allInnerTexts()).toContain("Nouveau plan publié : les chauffeurs le reçoivent à leur prochaine synchronisation, les habitants voient les nouveaux horaires.");
    // The broken-down van's round keeps only what it did before 11:00.
    const after = (await apiFromPage<TourSummary[]>(page, "GET", `/api/tours?from=${date}&to=${date}`)).body;
    expect(after.find((t) => t.id === round.id)!.version).toBe(round.version + 1);

    // At its next sync the phone downloads the new order, with the stop it received.
    await driver.evaluate(() => window.dispatchEvent(new Event("online")));
    await expect.poll(() => driver.locator("main").innerText(), { timeout: 30_000 }).toContain(gained.stopName);
    expect(await seriousViolations(driver)).toEqual([]);
    await screenshotBoth(driver, "driver-round-after-breakdown");
    await phone.close();
  });
});

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
