/**
 * A coordinator's week on the demo: from the week view to who has not ordered yet, an order taken
 * by phone (the household leaves the list), "same as last time" in one click, a household's
 * history and paper slip, and an order taken after the cutoff with a reason.
 */
import { expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_COORDINATOR } from "../support/app.ts";
import { describeInBrowser } from "../support/chromium.ts";
import { apiFromPage, startClockedJourney } from "../support/clocked-app.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { printedPages } from "../support/printed-pages.ts";
import { screenshotBoth } from "../support/screenshots.ts";
import { screenLoaded, signInWithPassword } from "../support/sign-in.ts";

interface NonOrderers { passage: { id: string; cutoffAt: string }; households: { householdId: string; name: string; lastOrder: unknown }[] }

describeInBrowser("a coordinator chases the households who have not ordered and takes their orders by phone", () => {
  const journey = startClockedJourney({ ordersOpen: true });
  let passageId = "";
  let called = "";

  it("goes from the week to who has not ordered yet for a passage, with their phone numbers", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, DEMO_COORDINATOR);
    // A village halt (its name has a dash), where several households are expected.
    const toCall = page.getByRole("link", { name: /^\d+ à appeler, .+ — / }).first();
    // The week's own figures are on screen once its alerts are (never the previous week's).
    const weekShown = () => page.getByRole("heading", { name: "À surveiller" }).waitFor();
    await weekShown();
    for (let week = 0; week < 3 && !(await toCall.count()); week++) {
      await page.getByRole("button", { name: "Semaine suivante" }).click();
      await weekShown();
    }
    // The halt with the most households still to call.
    const links = page.getByRole("link", { name: /^\d+ à appeler, .+ — / });
    const counts = (await links.allInnerTexts()).map((text) => Number(/\d+/.exec(text)![0]));
    await links.nth(counts.indexOf(Math.max(...counts))).click();
    await screenLoaded(page);
    await page.getByRole("heading", { name: "Qui n'a pas encore commandé" }).waitFor();
    passageId = new URL(page.url()).pathname.split("/")[3]!;
    const table = page.getByRole("table", { name: /foyers? à appeler/ });
    await table.waitFor();
    expect(await table.locator("a[href^='tel:']").count()).toBeGreaterThan(0);
    expect(await page.locator("main").innerText()).toMatch(/Foyers attendus : \d+\. Ont déjà commandé : \d+\./);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-non-orderers");
  });

  it("takes a household's order by phone at its price; the household leaves the list", async () => {
    const { page } = journey;
    const before = (await apiFromPage<NonOrderers>(page, "GET", `/api/passages/${passageId}/non-orderers`)).body;
    called = before.households[0]!.name;
    await page.getByRole("link", { name: `Prendre la commande de ${called}` }).click();
    await page.getByRole("heading", { name: `Commande de ${called}` }).waitFor();
    expect(await page.getByLabel("Par téléphone").isChecked()).toBe(true);
    await page.getByLabel("Chercher un produit").fill("pâtes");
    await page.getByRole("button", { name: /^Ajouter un Pâtes/ }).first().click();
    await expect.poll(() => page.locator(".basket").innerText()).toMatch(/1 × Pâtes/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-order-desk");
    await page.getByRole("button", { name: "Enregistrer la commande" }).click();
    await expect.poll(() => page.getByRole("status").allInnerTexts()).toContainEqual(expect.stringMatching(/^Commande enregistrée : \d+,\d{2}\s€ à payer à la livraison\.$/));

    await page.getByRole("link", { name: "Revenir aux foyers à appeler" }).click();
    await page.getByRole("heading", { name: "Qui n'a pas encore commandé" }).waitFor();
    await expect.poll(() => page.locator("main").innerText()).not.toContain(called);
    const placed = await apiFromPage<{ channel: string }[]>(page, "GET", `/api/orders?passageId=${passageId}`);
    expect(placed.body.some((o) => o.channel === "phone")).toBe(true);
  });

  it("repeats another household's last order in one click from the list", async () => {
    const { page } = journey;
    const list = (await apiFromPage<NonOrderers>(page, "GET", `/api/passages/${passageId}/non-orderers`)).body;
    const regular = list.households.find((h) => h.lastOrder);
    expect(regular, "a household of the passage that ordered before").toBeDefined();
    await page.getByRole("button", { name: `Comme la dernière fois pour ${regular!.name}` }).click();
    await expect.poll(() => page.getByRole("status").allInnerTexts()).toContainEqual(expect.stringContaining(`${regular!.name} : commande enregistrée comme la dernière fois`));
    await expect.poll(() => page.getByRole("link", { name: `Prendre la commande de ${regular!.name}` }).count()).toBe(0);
  });

  it("shows a household's coming orders, history, balance and paper slip on its page", async () => {
    const { page, url } = journey;
    const households = (await apiFromPage<{ id: string; name: string }[]>(page, "GET", "/api/households")).body;
    await page.goto(`${url}/coordination/foyers/${households.find((h) => h.name === called)!.id}`);
    await page.getByRole("heading", { name: "Historique" }).waitFor();
    const main = page.locator("main");
    await expect.poll(() => main.innerText()).toMatch(/Passages : \d+ où le foyer a reçu ses courses, \d+ manqués\./);
    expect(await main.innerText()).toMatch(/Reste à payer : \d+,\d{2} €|Rien à payer : le foyer est à jour\./);
    expect(await main.innerText()).toContain("Commandes à venir");
    expect(await main.innerText()).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-household-history");
    const slip = await page.getByRole("link", { name: "imprimer en A5" }).getAttribute("href");
    await page.goto(`${url}${slip}`);
    expect(await page.locator("body").innerText()).toMatch(/Bon de commande — .+\n[\s\S]*Le camion revient le/);
    expect(await printedPages(page), "one household's slip prints on one A5 sheet").toBe(1);
    await page.goto(`${url}/api/passages/${passageId}/order-slips?paper=a4`);
    const slips = await page.locator("section.slip").count();
    expect(slips).toBeGreaterThan(1);
    expect(await printedPages(page), "each household's slip on a sheet of its own").toBe(slips);
    await screenshotBoth(page, "coordinator-order-slip");
  });

  it("takes an order after the cutoff only with a reason", async () => {
    const { page, url, clock } = journey;
    const list = (await apiFromPage<NonOrderers>(page, "GET", `/api/passages/${passageId}/non-orderers`)).body;
    const late = list.households[0]!;
    clock.now = new Date(new Date(list.passage.cutoffAt).getTime() + 3_600_000);
    await page.goto(`${url}/coordination/foyers/${late.householdId}/commande/${passageId}`);
    await page.getByRole("heading", { name: `Commande de ${late.name}` }).waitFor();
    expect(await page.locator("main").innerText()).toContain("L'heure limite est passée");
    await page.getByLabel("Sur un bon papier").check();
    await page.getByLabel("Chercher un produit").fill("riz");
    await page.getByRole("button", { name: /^Ajouter un Riz/ }).first().click();
    await page.getByRole("button", { name: "Enregistrer la commande" }).click();
    await expect.poll(() => page.getByRole("alert").allInnerTexts()).toContainEqual(expect.stringContaining("écrivez pourquoi la commande est prise quand même"));
    await page.getByLabel("Pourquoi la commande arrive après l'heure limite").fill("Bon papier remis au chauffeur, oublié dans le camion");
    await screenshotBoth(page, "coordinator-order-desk-late");
    await page.getByRole("button", { name: "Enregistrer la commande" }).click();
    await expect.poll(() => page.getByRole("status").allInnerTexts()).toContainEqual(expect.stringMatching(/^Commande enregistrée/));
    const orders = (await apiFromPage<{ householdId: string; channel: string; staff: { lateReason: string | null } }[]>(page, "GET", `/api/orders?passageId=${passageId}`)).body;
    expect(orders.find((o) => o.householdId === late.householdId)).toMatchObject({ channel: "paper", staff: { lateReason: "Bon papier remis au chauffeur, oublié dans le camion" } });
    expect(await seriousViolations(page)).toEqual([]);
    clock.now = journey.start;
  });
});
