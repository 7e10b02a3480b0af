/**
 * Messages on the demo, delivered through a real SMTP server the test starts: a coordinator sees
 * the day-before times planned in the Messages screen, rewrites that message (a word that would
 * tell is refused), previews it and saves it; when the time comes the households who chose e-mail
 * get it once, in its new words. On the day, the driver's phone syncs a late arrival and the
 * households further on the round are told of the delay, once. A resident sets how she wants to be
 * told, with French field errors.
 */
import { startSmtpTestServer, type SmtpTestServer } from "@tournee/notify/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_COORDINATOR, DEMO_PASSWORD } from "../support/app.ts";
import { describeInBrowser } from "../support/chromium.ts";
import { apiFromPage, startClockedJourney } from "../support/clocked-app.ts";
import { publishDemoRound } from "../support/driver-round.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { screenshotBoth } from "../support/screenshots.ts";
import { screenLoaded, signInWithPassword, signOut } from "../support/sign-in.ts";

const NEW_WORDS = "Bonjour ! Le camion passe demain {{heure}}, {{lieu}}. {{expediteur}}";
interface Listed { messages: { kind: string; status: string; dueAt: string; address: string; body: string; channel: string; urgent: boolean }[] }
describeInBrowser("a coordinator rewrites the day-before message and sees it go out, once", () => {
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
  });
  afterAll(async () => {
    await smtp?.close();
  });
  const journey = startClockedJourney({ ordersOpen: true, env: () => ({ ...process.env, TOURNEE_SMTP_URL: smtp.url, TOURNEE_NOTIFY_TICK_SECONDS: "1", TOURNEE_PUBLIC_URL: "https://tournee.example.org" }) });

  it("sees the day-before times planned for the demo week, and says e-mail is configured while SMS are only recorded", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, DEMO_COORDINATOR);
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Messages" }).click();
    await screenLoaded(page);
    await page.getByLabel("Type de message", { exact: true }).selectOption({ label: "Heure de passage, la veille" });
    const list = page.getByTestId("messages-list");
    await expect.poll(() => list.innerText().catch(() => ""), { timeout: 30_000 }).toContain("Le camion passe demain");
    const main = await page.locator("main").innerText();
    expect(main).toContain("Prévu le");
    expect(main).toContain("Aucun service d'envoi n'est configuré pour : SMS, Appel vocal");
    expect(main).not.toMatch(/\b20\d\d-\d\d-\d\d\b|sociale|bénéficiaire/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-messages");
  });

  it("rewrites the message: a word that would tell is refused, the preview shows the words a resident reads", async () => {
    const { page } = journey;
    await page.getByRole("link", { name: "Modifier les modèles de messages" }).click();
    await screenLoaded(page);
    await page.getByLabel("Message à modifier", { exact: true }).selectOption({ label: "Heure de passage, la veille" });
    const body = page.getByLabel("Texte", { exact: true });
    await body.fill("Votre épicerie sociale : le camion passe demain {{heure}}.");
    await page.getByRole("button", { name: "Aperçu" }).click();
    await expect.poll(() => page.locator(".field--invalid").innerText()).toContain("Le mot « sociale » dirait la situation du foyer");
    await body.fill(NEW_WORDS);
    await page.getByRole("button", { name: "Aperçu" }).click();
    await expect.poll(() => page.getByTestId("template-preview").innerText()).toBe("Bonjour ! Le camion passe demain vers 10 h 15, Mainsat, Place de l'Église. La tournée du Pays d'Aubusson");
    await page.getByRole("button", { name: "Enregistrer le modèle" }).click();
    await expect.poll(() => page.locator("main").getByRole("status").last().innerText()).toBe("Modèle enregistré.");
    expect(await page.locator("main").innerText()).toContain("Texte modifié par la coordination");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-message-templates");
  });

  it("the planned messages take the new words; at their time the households who chose e-mail get them once, through SMTP", async () => {
    const { page, url, clock } = journey;
    const dayBefore = async () => (await apiFromPage<Listed>(page, "GET", "/api/messages?kind=day_before")).body.messages;
    // Households read the new words; a town hall, the relay wording about the household it orders for.
    const isNew = (text: string) => /^Bonjour ! Le camion passe demain/.test(text);
    const forRelay = /^Le camion passe demain .+, avec la commande de (Mme|M\.|Famille) /m;
    const isSent = (text: string) => isNew(text) || forRelay.test(text);
    await expect.poll(async () => (await dayBefore()).filter((m) => m.status === "scheduled").every((m) => isSent(m.body)), { timeout: 30_000 }).toBe(true);
    const emails = (await dayBefore()).filter((m) => m.channel === "email");
    expect(emails.length).toBeGreaterThan(0);
    const first = emails.map((m) => m.dueAt).sort()[0]!;
    const due = emails.filter((m) => m.dueAt === first);
    clock.now = new Date(new Date(first).getTime() + 60_000);
    await expect.poll(() => smtp.received.filter((m) => isSent(m.text)).length, { timeout: 30_000 }).toBe(due.length);
    await new Promise((resolve) => setTimeout(resolve, 3000)); // a few more passes of the scheduler: nothing more goes
    const got = smtp.received.filter((m) => isSent(m.text));
    expect(got.some((m) => isNew(m.text))).toBe(true);
    expect(got.map((m) => m.to).sort(), "each message once, to its address").toEqual(due.map((m) => m.address).sort());
    // A town hall relaying for two households gets one e-mail for each, speaking of the household.
    for (const m of got.filter((g) => g.to === "mairie@tournee.test")) expect(m.text).toMatch(forRelay);
    await page.goto(`${url}/coordination/messages`);
    await screenLoaded(page);
    await page.getByLabel("Type de message", { exact: true }).selectOption({ label: "Heure de passage, la veille" });
    await expect.poll(() => page.getByTestId("messages-list").innerText().catch(() => "")).toContain("Envoyé le");
    await screenshotBoth(page, "coordinator-messages-sent");
  });

  it("on the day, a late arrival synced by the driver's phone tells the households further on the round, once, as urgent", async () => {
    const { page, url, clock, sql } = journey;
    const round = await publishDemoRound(sql);
    const [first] = await sql.query<{ id: string; planned: string }>(`SELECT id, "plannedArrival" AS planned FROM "Passage" WHERE "tourId" = $1 ORDER BY sequence LIMIT 1`, [round.tourId]);
    const late = new Date(new Date(first!.planned).getTime() + 35 * 60_000);
    clock.now = new Date(late.getTime() + 60_000);
    const login = await fetch(`${url}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "chauffeur1@tournee.test", password: DEMO_PASSWORD }) });
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const deviceId = "0190a000-0000-7000-8000-00000000d1a7";
    const mutation = { id: "0190a000-0000-7000-8000-0000000d1a70", deviceId, seq: 1, deviceTime: late.toISOString(), kind: "passage.arrived", payload: { tourId: round.tourId, passageId: first!.id } };
    const push = await fetch(`${url}/api/sync/push`, { method: "POST", headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" }, body: JSON.stringify({ deviceId, mutations: [mutation] }) });
    expect(((await push.json()) as { results: { status: string }[] }).results[0]!.status).toBe("applied");

    const delays = async () => (await apiFromPage<Listed>(page, "GET", `/api/messages?kind=delay&from=${round.date}&to=${round.date}`)).body.messages;
    await expect.poll(async () => (await delays()).filter((m) => ["sent", "recorded"].includes(m.status)).length, { timeout: 30_000 }).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 3000)); // more passes of the scheduler: nothing more goes
    const told = await delays();
    // A household hears "Le camion a…"; the town hall it goes through, "Le camion qui apporte la commande de Mme X a…".
    const delayText = /^Le camion (qui apporte la commande de [^,.]+ )?a environ 35 minutes de retard/;
    expect(told.every((m) => m.urgent && delayText.test(m.body))).toBe(true);
    const mailed = told.filter((m) => m.channel === "email");
    expect(smtp.received.filter((m) => delayText.test(m.text)).map((m) => m.to).sort()).toEqual(mailed.map((m) => m.address).sort());

    await page.goto(`${url}/coordination/messages`);
    await screenLoaded(page);
    await page.getByLabel("Du", { exact: true }).fill(round.date);
    await page.getByLabel("au", { exact: true }).fill(round.date);
    await page.getByLabel("Type de message", { exact: true }).selectOption({ label: "Retard du camion" });
    await expect.poll(() => page.getByTestId("messages-list").innerText().catch(() => "")).toContain("Urgent : envoyé même la nuit");
    expect(await page.getByTestId("messages-list").innerText()).toContain("Le camion a environ 35 minutes de retard");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-messages-delay");
    await signOut(page, url);
  });

  it("a resident chooses how to be told: a wrong number is explained in French, a right one is kept", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, { email: "habitant@tournee.test", password: DEMO_PASSWORD });
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Mes messages" }).click();
    await screenLoaded(page);
    await page.getByRole("checkbox", { name: /^SMS/ }).check();
    await page.getByLabel("Téléphone portable (SMS)").fill("06 12 34");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("Ce numéro n'est pas un numéro de téléphone français complet");
    await page.getByLabel("Téléphone portable (SMS)").fill("06 39 98 12 34");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect.poll(() => page.locator("main").getByRole("status").last().innerText()).toBe("C'est enregistré.");
    expect(await page.getByLabel("Téléphone portable (SMS)").inputValue()).toBe("06 39 98 12 34");
    const householdId = (await apiFromPage<{ user: { households: { id: string }[] } }>(page, "GET", "/api/auth/me")).body.user.households[0]!.id;
    expect((await apiFromPage<{ mobile: string }>(page, "GET", `/api/households/${householdId}/contact-preferences`)).body.mobile).toBe("+33639981234");
    expect(await page.locator("main").innerText()).toMatch(/SMS — accord donné le \w+ \d+ \w+ 20\d\d/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "resident-message-preferences");
  });
});
