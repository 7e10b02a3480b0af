/**
 * A coordinator plans three weeks at once on the demo: each published time that would move is
 * listed in words, at most the tolerated delay later, before anything changes; once published,
 * every halt of the three weeks keeps its published time (or that small delay) and every round
 * is published for the drivers' phones.
 */
import { expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_COORDINATOR } from "../support/app.ts";
import { describeInBrowser } from "../support/chromium.ts";
import { apiFromPage, startClockedJourney } from "../support/clocked-app.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { screenshotBoth } from "../support/screenshots.ts";
import { signInWithPassword } from "../support/sign-in.ts";

interface Template { halts: { stopId: string; arrivalMinute: number }[] }
interface TourSummary { id: string; date: string; status: string; version: number }
interface TourDetail { passages: { stop: { id: string; kind: string; name: string }; plannedArrival: string | null }[] }

const TOLERANCE = 10;
const parisMinute = (iso: string) => {
  const [h, m] = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso)).split(":").map(Number) as [number, number];
  return h * 60 + m;
};

describeInBrowser("a coordinator plans several weeks ahead", () => {
  const journey = startClockedJourney();

  it("plans three weeks, reads every time that moves before publishing, and the halts keep their published times", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, DEMO_COORDINATOR);
    await page.getByRole("link", { name: "Planification" }).click();
    const today = new Date().toISOString().slice(0, 10);
    const from = (await apiFromPage<{ nextToPlan: string | null }>(page, "GET", `/api/planning-calendar?from=${today}&to=${today}`)).body.nextToPlan ?? "";
    expect(from, "a day with passages to plan").not.toBe("");
    const weeks = page.getByRole("region", { name: "Planifier plusieurs semaines" });
    await weeks.waitFor();
    await weeks.getByLabel(/^Combien de semaines, à partir du /).selectOption("3");
    await weeks.getByLabel("Retard toléré sur un horaire annoncé (en minutes)").fill(String(TOLERANCE));
    await weeks.getByRole("button", { name: "Planifier plusieurs semaines" }).click();
    await weeks.getByRole("button", { name: "Publier ces semaines" }).waitFor({ timeout: 120_000 });

    const said = await weeks.innerText();
    for (const week of ["Semaine 1", "Semaine 2", "Semaine 3"]) expect(said).toContain(week);
    expect(said).toContain("Rien n'est encore publié");
    expect(said).toMatch(/Foyers livrés à domicile à leur rythme/);
    expect(said).not.toMatch(/\d{4}-\d{2}-\d{2}|undefined|coordinator\.|weekly|fortnightly|monthly/);
    const moves = weeks.getByRole("list", { name: "Horaires qui bougent" });
    if (await moves.count()) {
      for (const line of await moves.locator("li").allInnerTexts()) {
        const [, before, after, minutes] = /^\p{L}+ \d{1,2} \p{L}+ — .+ : annoncé à (\d\d:\d\d), passage vers (\d\d:\d\d) \((\d+) minutes? plus tard\)$/u.exec(line) ?? [];
        expect(before, line).toBeDefined();
        expect(Number(minutes)).toBeGreaterThan(0);
        expect(Number(minutes)).toBeLessThanOrEqual(TOLERANCE);
        expect(after! > before!).toBe(true);
      }
    }
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-weeks-ahead");

    await weeks.getByRole("button", { name: "Publier ces semaines" }).click();
    await expect.poll(() => weeks.getByRole("status").allInnerTexts()).toContainEqual(expect.stringMatching(/^Semaines publiées/));

    // Every round of the three weeks is published, and every halt keeps its published time or comes at most the tolerance later.
    const templates = (await apiFromPage<Template[]>(page, "GET", "/api/tour-templates")).body;
    const timetable = new Map(templates.flatMap((t) => t.halts.map((h) => [h.stopId, h.arrivalMinute] as const)));
    const to = new Date(Date.parse(`${from}T12:00:00Z`) + 20 * 86_400_000).toISOString().slice(0, 10);
    const tours = (await apiFromPage<TourSummary[]>(page, "GET", `/api/tours?from=${from}&to=${to}`)).body;
    const dates = new Set(tours.map((t) => t.date));
    expect(dates.size).toBeGreaterThanOrEqual(3);
    let halts = 0;
    for (const tour of tours) {
      expect(tour.status).toBe("published");
      for (const p of (await apiFromPage<TourDetail>(page, "GET", `/api/tours/${tour.id}`)).body.passages.filter((x) => x.stop.kind === "halt")) {
        const delay = parisMinute(p.plannedArrival!) - timetable.get(p.stop.id)!;
        expect(delay >= 0 && delay <= TOLERANCE, `${p.stop.name} on ${tour.date}: ${delay} min after its published time`).toBe(true);
        halts++;
      }
    }
    expect(halts).toBeGreaterThan(40);
  }, 240_000);
});
