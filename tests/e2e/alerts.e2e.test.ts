/**
 * A coordinator settles what happened on a round: the driver, offline, hands over an order the
 * household had cancelled (a conflict) and flags a person at risk (a wellbeing concern). The
 * coordinator sees both in the week view and in the live day, acknowledges the concern with a
 * follow-up, resolves the conflict saying what was done, and writes to the driver; the API then
 * reports both settled and the driver's phone receives the note.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_COORDINATOR, DEMO_DRIVER } from "../support/app.ts";
import { describeInBrowser, openBrowser, type BrowserSession } from "../support/chromium.ts";
import { apiFromPage } from "../support/clocked-app.ts";
import { publishDemoRound, startRestartableApi, type RestartableApi } from "../support/driver-round.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { webDist } from "../support/paths.ts";
import { screenshotBoth } from "../support/screenshots.ts";
import { signInWithPassword } from "../support/sign-in.ts";

const DEVICE = "0190a000-0000-7000-8000-00000000a1e7";
const mutationId = (seq: number) => `0190a000-0000-7000-8000-${seq.toString(16).padStart(12, "0")}`;

/** The driver's phone, as the API sees it: a session, and mutations pushed in device order. */
async function driverDevice(url: string) {
  const login = await fetch(`${url}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(DEMO_DRIVER) });
  const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  let seq = 0;
  const call = async <T,>(method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}${path}`, { method, headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  };
  return {
    pull: (cursor?: string) => call<{ cursor: string; changes: { kind: string; payload: { text?: string } }[] }>("GET", `/api/sync/pull${cursor ? `?cursor=${cursor}` : ""}`),
    push: async (kind: string, payload: Record<string, unknown>) => {
      seq += 1;
      const mutation = { id: mutationId(seq), deviceId: DEVICE, seq, deviceTime: new Date().toISOString(), kind, payload };
      const answer = await call<{ results: { status: string; code?: string }[] }>("POST", "/api/sync/push", { deviceId: DEVICE, mutations: [mutation] });
      return answer.results[0]!;
    },
  };
}

/** Whole weeks from the week the week screen opens on (Europe/Paris) to the week of `date`. */
function weeksFromToday(date: string): number {
  const monday = (d: string) => {
    const day = new Date(`${d}T00:00:00Z`);
    return day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000;
  };
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Paris" });
  // At the weekend the week screen opens on the coming week.
  const weekend = [0, 6].includes(new Date(`${today}T00:00:00Z`).getUTCDay());
  return Math.round((monday(date) - monday(today)) / (7 * 86_400_000)) - (weekend ? 1 : 0);
}

describeInBrowser("a coordinator settles a round's wellbeing concern and conflict", () => {
  let api: RestartableApi;
  let browser: BrowserSession;
  let page: Page;
  let round: { tourId: string; date: string };
  let device: Awaited<ReturnType<typeof driverDevice>>;
  let cursor: string;
  const households: { name: string; id: string; passageId: string; orderId: string }[] = [];

  beforeAll(async () => {
    api = await startRestartableApi(inject("app").servedWebDist ?? webDist, {});
    round = await publishDemoRound(api.sql());
    households.push(
      ...(await api.sql().query<{ name: string; id: string; passageId: string; orderId: string }>(
        `SELECT h.name, h.id, o."passageId", o.id AS "orderId" FROM "Order" o JOIN "Household" h ON h.id = o."householdId" JOIN "Passage" p ON p.id = o."passageId"
         WHERE p."tourId" = $1 AND o.status = 'confirmed' ORDER BY p.sequence, h.name LIMIT 3`,
        [round.tourId],
      )),
    );
    device = await driverDevice(api.url);
    cursor = (await device.pull()).cursor;
    // The household cancels on the server; the driver, offline, hands the order over all the same.
    const [cancelled, atRisk] = households;
    await api.sql().query(`UPDATE "Order" SET status = 'cancelled', "cancelledAt" = now() WHERE id = $1`, [cancelled!.orderId]);
    expect(await device.push("order.handed_over", { tourId: round.tourId, passageId: cancelled!.passageId, orderId: cancelled!.orderId, lines: [] })).toMatchObject({ status: "applied", code: "conflict" });
    expect(await device.push("wellbeing.flagged", { tourId: round.tourId, passageId: atRisk!.passageId, householdId: atRisk!.id, reason: "Volets fermés depuis trois jours" })).toMatchObject({ status: "applied" });
    browser = await openBrowser();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await api?.dispose();
  });

  it("sees the concern and the conflict in the week's alerts, with a link to the live day", async () => {
    await signInWithPassword(page, api.url, DEMO_COORDINATOR);
    await page.goto(`${api.url}/coordination/semaine`);
    const alerts = page.getByTestId("week-alerts");
    // The week view opens on this week; the round may be in a later one.
    const weeks = weeksFromToday(round.date);
    for (let i = 0; i < Math.abs(weeks); i++) await page.getByRole("button", { name: weeks > 0 ? "Semaine suivante" : "Semaine précédente" }).click();
    await expect.poll(() => alerts.innerText().catch(() => ""), { timeout: 30_000 }).toContain("Volets fermés depuis trois jours");
    expect(await alerts.innerText()).toContain(households[1]!.name);
    expect(await alerts.innerText()).toContain("Commande annulée mais remise");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-week-alerts");
    await alerts.getByRole("link", { name: /^Voir la journée/ }).first().click();
    await page.waitForURL(new RegExp(`/coordination/direct\\?date=${round.date}$`));
  });

  it("sees the concern first and highlighted in the live day, and a concern raised meanwhile arrives without reloading", async () => {
    const concerns = page.getByRole("region", { name: "Soucis de bien-être" });
    await expect.poll(() => concerns.innerText(), { timeout: 20_000 }).toContain("Volets fermés depuis trois jours");
    const headings = await page.locator("main h2").allInnerTexts();
    expect(headings[0]).toMatch(/^Soucis de bien-être/);
    expect(await page.locator(".live__card--alert").count()).toBe(1);
    const conflicts = page.getByRole("region", { name: "Conflits à régler" });
    expect(await conflicts.innerText()).toContain("elle reste remise, vérifiez le stock et le crédit du foyer");
    await device.push("wellbeing.flagged", { tourId: round.tourId, passageId: households[2]!.passageId, householdId: households[2]!.id, reason: "Ne répond pas à la porte" });
    await expect.poll(() => concerns.innerText(), { timeout: 20_000 }).toContain("Ne répond pas à la porte");
    expect(await page.locator(".live__card--alert").count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-live-alerts");
  });

  it("acknowledges the concern with a follow-up, resolves the conflict with what was done, writes to the driver", async () => {
    const first = page.locator(".live__card--alert").filter({ hasText: "Volets fermés depuis trois jours" });
    await first.getByLabel("Suite donnée (facultatif)").fill("Appelé sa fille, elle passe ce soir");
    await first.getByRole("button", { name: /^Pris en compte pour/ }).click();
    await expect.poll(() => page.getByRole("region", { name: "Soucis de bien-être" }).innerText()).toContain("Suite : Appelé sa fille, elle passe ce soir");
    expect(await page.locator(".live__card--alert").count()).toBe(1);

    const conflicts = page.getByRole("region", { name: "Conflits à régler" });
    await conflicts.getByRole("button", { name: "Marquer comme réglé" }).click();
    await expect.poll(() => conflicts.getByRole("alert").innerText()).toContain("Écrivez quelques mots");
    await conflicts.getByLabel("Ce que vous avez fait").fill("Stock corrigé, foyer appelé");
    await conflicts.getByRole("button", { name: "Marquer comme réglé" }).click();
    await expect.poll(() => conflicts.innerText()).toContain("Stock corrigé, foyer appelé");

    const stop = page.locator(".live__stops > li").first();
    await stop.locator("summary").click();
    await stop.getByLabel(/^Message pour/).fill("Sonnez deux fois chez Mme Leroux");
    await stop.getByRole("button", { name: "Envoyer au chauffeur" }).click();
    await expect.poll(() => stop.getByRole("status").innerText()).toContain("Envoyé.");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-live-settled");
  });

  it("reads the same live day in English, accessible too", async () => {
    await page.evaluate(() => localStorage.setItem("tournee.locale", "en"));
    await page.reload();
    await expect.poll(() => page.locator("main").innerText()).toContain("it stays handed over; check the stock and the household's credit");
    expect(await page.locator("main").innerText()).toContain("Follow-up: Appelé sa fille, elle passe ce soir");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-live-settled-en");
    await page.evaluate(() => localStorage.removeItem("tournee.locale"));
  });

  it("the API reports both settled, with who did what; the driver's phone gets the note", async () => {
    const day = `from=${round.date}&to=${round.date}`;
    const open = await apiFromPage<{ wellbeingAlerts: { reason: string }[]; conflicts: unknown[] }>(page, "GET", `/api/round-alerts?${day}`);
    expect(open.body.wellbeingAlerts.map((a) => a.reason)).toEqual(["Ne répond pas à la porte"]);
    expect(open.body.conflicts).toEqual([]);
    type Settled = { wellbeingAlerts: { status: string; followUp: string | null; acknowledgedBy: { displayName: string } | null }[]; conflicts: { id: string; rule: string; resolution: string | null }[] };
    const settled = (await apiFromPage<Settled>(page, "GET", `/api/round-alerts?${day}&status=settled`)).body;
    expect(settled.wellbeingAlerts).toEqual([expect.objectContaining({ status: "acknowledged", followUp: "Appelé sa fille, elle passe ce soir", acknowledgedBy: expect.objectContaining({ displayName: expect.any(String) }) })]);
    expect(settled.conflicts).toEqual([expect.objectContaining({ rule: "delivered_after_cancel", resolution: "Stock corrigé, foyer appelé" })]);
    const again = await apiFromPage<{ code: string }>(page, "POST", `/api/sync-conflicts/${settled.conflicts[0]!.id}/resolve`, { resolution: "Encore" });
    expect([again.status, again.body.code]).toEqual([409, "conflict_resolved"]);
    const pulled = await device.pull(cursor);
    expect(pulled.changes.filter((c) => c.kind === "note.from_coordinator").map((c) => c.payload.text)).toEqual(["Sonnez deux fois chez Mme Leroux"]);
    expect(pulled.changes.map((c) => c.kind)).not.toContain("wellbeing.flagged");
    expect(JSON.stringify(pulled)).not.toContain("Appelé sa fille");
  });
});
