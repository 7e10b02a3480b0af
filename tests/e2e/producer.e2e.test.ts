import { expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_PASSWORD } from "../support/app.ts";
import { describeInBrowser } from "../support/chromium.ts";
import { apiFromPage, startClockedJourney } from "../support/clocked-app.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { screenshotBoth } from "../support/screenshots.ts";
import { signInWithPassword, signOut } from "../support/sign-in.ts";

const PRODUCER = { email: "producteur@tournee.test", password: DEMO_PASSWORD };
const RESIDENT = { email: "habitant@tournee.test", password: DEMO_PASSWORD };

interface Week { producer: { id: string }; dates: { buyerId: string; date: string; cutoffAt: string; lines: { name: string; declared: number | null; ordered: number }[] }[] }

describeInBrowser("the market gardener's week: what it can supply becomes what residents can order, and its purchase order follows the orders", () => {
  const journey = startClockedJourney();
  let week: Week;

  it("lands on its deliveries, one card per date, and is asked to declare the date it has not", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, PRODUCER);
    expect(new URL(page.url()).pathname).toBe("/producteur");
    await page.getByRole("heading", { name: "Mes livraisons", level: 1 }).waitFor();
    week = (await apiFromPage<Week>(page, "GET", "/api/producer/week")).body;
    expect(week.dates).toHaveLength(2);
    const cards = page.locator(".supply");
    await expect.poll(() => cards.count()).toBe(2);
    expect(await cards.nth(0).innerText()).not.toContain("Indiquez ce que vous pouvez fournir");
    expect(await cards.nth(1).innerText()).toContain("Indiquez ce que vous pouvez fournir");
    // The round of the demo day, published, calls at the farm for its goods.
    expect(await cards.nth(0).innerText()).toMatch(/La tournée passe à la ferme vers \d\d:\d\d \(Camion/);
    expect(await page.locator("main").innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}|undefined|NaN/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "producer-week");
  });

  it("declares what the farm can supply on the next date, which residents may then order", async () => {
    const { page } = journey;
    const card = page.locator(".supply").nth(1);
    for (const line of week.dates[1]!.lines) await card.getByLabel(new RegExp(`^Quantité de ${line.name} \\(`)).fill(line.name === "Pommes" ? "8" : "5");
    await card.getByRole("button", { name: "Enregistrer mes quantités" }).click();
    await expect.poll(() => card.innerText()).toContain("Enregistré");
    await expect.poll(() => card.innerText()).not.toContain("Indiquez ce que vous pouvez fournir");
    const after = (await apiFromPage<Week>(page, "GET", "/api/producer/week")).body;
    expect(after.dates[1]!.lines.find((l) => l.name === "Pommes")?.declared).toBe(8);
    await signOut(page, journey.url);
  });

  it("lets a resident order the farm's apples, which she reads come from Felletin", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, RESIDENT);
    const me = (await apiFromPage<{ user: { households: { id: string }[] } }>(page, "GET", "/api/auth/me")).body.user;
    const passages = `/api/passages?householdId=${me.households[0]!.id}`;
    const next = (await apiFromPage<{ id: string; open: boolean; order: { totalCents: number } | null }[]>(page, "GET", passages)).body.find((p) => p.open);
    await page.locator(`a[href="/commande/${next!.id}"]`).click();
    await page.getByRole("button", { name: /^Ajouter un/ }).first().waitFor();
    await page.getByLabel("Chercher un produit").fill("Pommes");
    const apples = page.locator(".product").filter({ hasText: "Ferme des Combes, Felletin" }).filter({ has: page.getByText("Pommes", { exact: true }) });
    expect(await apples.innerText()).toContain("Circuit court");
    await apples.getByRole("button", { name: "Ajouter un Pommes", exact: true }).click();
    await apples.getByRole("button", { name: "Ajouter un Pommes", exact: true }).click();
    await page.getByRole("button", { name: /Envoyer ma commande|Enregistrer les changements/ }).click();
    // The order is saved when its total changes (the form is redrawn from the saved order).
    const total = async () => (await apiFromPage<{ id: string; order: { totalCents: number } | null }[]>(page, "GET", passages)).body.find((p) => p.id === next!.id)?.order?.totalCents;
    await expect.poll(total, { timeout: 15_000 }).not.toBe(next!.order?.totalCents);
    await signOut(page, url);
  });

  it("shows the producer the apples ordered, and once orders close its purchase order is final and lists them", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, PRODUCER);
    const now = (await apiFromPage<Week>(page, "GET", "/api/producer/week")).body;
    const applesOn = (w: Week, date: string) => w.dates.find((d) => d.date === date)?.lines.find((l) => l.name === "Pommes")?.ordered ?? 0;
    // Other households of the demo ordered apples too: hers are two more than the farm saw before.
    const ordered = now.dates.find((d) => applesOn(now, d.date) === applesOn(week, d.date) + 2);
    expect(ordered, "a date with the resident's two bags of apples").toBeDefined();
    const card = page.locator(".supply").nth(now.dates.indexOf(ordered!));
    const apples = applesOn(now, ordered!.date);
    expect(await card.getByRole("row", { name: /^Pommes\s*sac 1 kg/ }).innerText()).toMatch(new RegExp(`Pommes\\s+sac 1 kg\\s+${apples}\\b`));

    journey.clock.now = new Date(new Date(ordered!.cutoffAt).getTime() + 60_000);
    await page.reload();
    // Earlier dates have gone by: the closed date's card is found again in the list as it now stands.
    const later = (await apiFromPage<Week>(page, "GET", "/api/producer/week")).body;
    const closedCard = page.locator(".supply").nth(later.dates.findIndex((d) => d.date === ordered!.date));
    await expect.poll(() => closedCard.innerText()).toContain("Les commandes sont closes");
    const href = await closedCard.getByRole("link", { name: "Bon de commande (à imprimer)" }).getAttribute("href");
    await page.goto(`${url}${href}`);
    const sheet = await page.locator("body").innerText();
    expect(sheet).toContain("Bon de commande — Ferme des Combes");
    expect(sheet).toContain("Définitif");
    const euros = (cents: number) => new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(cents / 100).replace(/\s/g, "\\s");
    expect(sheet).toMatch(new RegExp(`Pommes\\s+sac 1 kg\\s+${apples}\\s+2,40\\s€\\s+${euros(apples * 240)}`));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "producer-purchase-order");
  });
});
