import { expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_COORDINATOR, DEMO_RELAY } from "../support/app.ts";
import { describeInBrowser } from "../support/chromium.ts";
import { apiFromPage, startClockedJourney } from "../support/clocked-app.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { LAPTOP, PHONE, screenshotBoth } from "../support/screenshots.ts";
import { signInWithPassword, signOut } from "../support/sign-in.ts";

/** Words spoken to the resident, or of the household's rights: never to its relay. */
const NOT_FOR_A_RELAY = /votre porte|Il vous reste|Ma commande|Mon panier|plafond|participation|droits/i;

describeInBrowser("the town hall orders for the households that delegated to it, on a phone", () => {
  const journey = startClockedJourney({ ordersOpen: true });
  const main = () => journey.page.locator("main").innerText();
  let household = "";

  it("shows every household on one screen: the next passage, whether an order is placed before the cutoff, the amount to pay", async () => {
    const { page, url } = journey;
    await page.setViewportSize(PHONE);
    await signInWithPassword(page, url, DEMO_RELAY);
    await expect.poll(() => page.url()).toMatch(/\/relais$/);
    await expect.poll(main).toMatch(/commandes? rest(e|ent) à passer \(/);
    const cards = page.locator("main li.relay-household");
    expect(await cards.count()).toBe(4);
    // Those still to order for come first, each with its button.
    const first = await cards.first().innerText();
    expect(first).toContain("Pas encore de commande : à passer avant le");
    household = first.split(",")[0]!.trim();
    expect(await main()).toMatch(/Commande passée : \d+,\d\d\s€ à payer à la livraison/);
    expect(await main()).toMatch(/Le camion vient chez Mme \S+ le [^\n]+(vers \d\d:\d\d|\n+Horaire provisoire : entre \d\d:\d\d et \d\d:\d\d)/);
    expect(await main()).not.toMatch(NOT_FOR_A_RELAY);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "relay-week");
    await page.setViewportSize(PHONE);
  });

  it("orders for a household, spoken of in the third person, and comes back to see it ordered", async () => {
    const { page } = journey;
    await page.setViewportSize(PHONE);
    await page.getByRole("button", { name: `Commander pour ${household}` }).click();
    await page.getByRole("heading", { level: 1, name: `Commande de ${household}` }).waitFor();
    await page.getByRole("button", { name: /^Ajouter un/ }).first().click();
    expect(await main()).not.toMatch(NOT_FOR_A_RELAY);
    expect(await page.getByRole("heading", { name: `Panier de ${household}` }).count()).toBe(1);
    await page.getByRole("button", { name: "Envoyer la commande" }).click();
    // Once received, the order is there to change or cancel.
    await page.getByRole("button", { name: "Annuler la commande" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await page.getByRole("link", { name: "Revenir aux foyers que vous suivez" }).click();
    const card = page.locator("main li.relay-household", { hasText: household });
    await expect.poll(() => card.innerText()).toMatch(/Commande passée : \d+,\d\d\s€ à payer à la livraison/);

    // Its messages speak of the household too, and the relay picks which household it looks at.
    await page.getByRole("link", { name: "Mes messages" }).click();
    const which = page.getByRole("combobox", { name: "Foyer" });
    await expect.poll(() => which.locator("option:checked").innerText()).toBe(household);
    await expect.poll(main).toContain(`Comment prévenir ${household} : rappels`);
    expect(await main()).not.toMatch(/plutôt qu'à moi|Choisissez comment recevoir/);
    const other = (await which.locator("option").allInnerTexts()).find((name) => name !== household)!;
    await which.selectOption({ label: other });
    await expect.poll(main).toContain(`Comment prévenir ${other} : rappels`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Foyers suivis" }).click();
    await page.getByRole("button", { name: `Voir ou modifier la commande de ${household}` }).waitFor();
  });

  it("is told neutrally when an order goes beyond what the household can order this month, and the coordinator has a call to make", async () => {
    const { page, url, browser } = journey;
    // The grocery has just lowered the household's monthly cap (the relay cannot know it).
    const staff = await browser.context.browser()!.newContext();
    const staffPage = await staff.newPage();
    await signInWithPassword(staffPage, url, DEMO_COORDINATOR);
    const { id } = (await apiFromPage<{ id: string; name: string }[]>(staffPage, "GET", `/api/households?search=${encodeURIComponent(household.split(" ").pop()!)}`)).body.find((h) => h.name === household)!;
    const grocery = (await apiFromPage<{ id: string; kind: string }[]>(staffPage, "GET", "/api/organisations")).body.find((o) => o.kind === "social_grocery")!;
    const today = new Date().toISOString().slice(0, 10);
    const granted = await apiFromPage(staffPage, "POST", `/api/households/${id}/eligibilities`, { organisationId: grocery.id, participationRatePercent: 20, monthlyCapCents: 100, validFrom: today, validTo: `${Number(today.slice(0, 4)) + 1}-06-30` });
    expect(granted.status).toBe(201);

    await page.getByRole("button", { name: `Voir ou modifier la commande de ${household}` }).click();
    await page.getByRole("heading", { level: 1, name: `Commande de ${household}` }).waitFor();
    // Rice is sold at the household's social price: it counts against the monthly cap.
    await page.getByLabel("Chercher un produit").fill("Riz long grain");
    await page.getByRole("button", { name: "Ajouter un Riz long grain", exact: true }).click();
    await page.getByRole("button", { name: "Enregistrer les changements" }).click();
    await expect.poll(main).toContain("Cette commande dépasse ce que le foyer peut commander ce mois-ci. La coordination de l'épicerie est prévenue et va vous appeler");
    expect(await main()).not.toMatch(/\d+,\d\d\s€ (restant|de plafond)|Il vous reste|plafond/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "relay-beyond-limit");

    await staffPage.setViewportSize(LAPTOP);
    await staffPage.goto(`${url}/coordination/semaine`);
    const alerts = staffPage.getByTestId("week-alerts");
    await expect.poll(() => alerts.innerText()).toContain(`${household} : Mairie de Bellegarde-en-Marche a voulu commander pour le`);
    expect(await alerts.innerText()).toContain("Téléphone de Mairie de Bellegarde-en-Marche : 01 99 00 10 05");
    await alerts.getByLabel("Ce qui a été fait").fill("Appelé la mairie : on garde la commande telle quelle.");
    await alerts.getByRole("button", { name: `Appel fait pour ${household}` }).click();
    await expect.poll(() => alerts.innerText()).not.toContain(`${household} : Mairie`);
    expect(await seriousViolations(staffPage)).toEqual([]);
    await staff.close();
  });

  it("loses a household whose delegation the coordinator revokes, and gains one whose consent the coordinator records", async () => {
    const { page, url } = journey;
    await signOut(page, url);
    await page.setViewportSize(LAPTOP);
    await signInWithPassword(page, url, DEMO_COORDINATOR);
    await page.getByRole("link", { name: "Foyers" }).click();
    await page.getByRole("link", { name: household, exact: true }).click();
    const panel = page.getByRole("region", { name: "Délégations : qui commande pour ce foyer" });
    await expect.poll(() => panel.innerText()).toMatch(/Secrétariat de mairie de Bellegarde-en-Marche \(Mairie de Bellegarde-en-Marche\) : commander et régler les courses, depuis le/);
    expect(await panel.innerText()).toContain("Accord : Délégation signée en mairie");
    await panel.getByRole("button", { name: /^Retirer la délégation à Secrétariat/ }).click();
    expect(await panel.innerText()).toContain(`ne pourra plus commander pour ${household}`);
    expect(await seriousViolations(page)).toEqual([]);
    await panel.getByRole("button", { name: "Oui, retirer" }).click();
    await expect.poll(() => panel.innerText()).toContain(`ne commande plus pour ${household}`);
    await expect.poll(() => panel.getByRole("heading", { name: "Délégations retirées" }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-delegations");

    // Another household signed the town hall's form: the coordinator records its consent, saying how it was given.
    await page.getByRole("link", { name: "Foyers" }).click();
    await page.getByRole("link", { name: "Mme Mendes", exact: true }).click();
    const consent = page.getByRole("region", { name: "Délégations : qui commande pour ce foyer" });
    await consent.getByRole("button", { name: "Enregistrer la délégation" }).click();
    await expect.poll(() => consent.innerText()).toContain("Dites comment le foyer a donné son accord.");
    await consent.getByLabel("Comment le foyer a donné son accord").fill("Formulaire signé en mairie, classé au dossier");
    await consent.getByRole("checkbox", { name: "Régler les courses pour le foyer" }).check();
    await consent.getByRole("button", { name: "Enregistrer la délégation" }).click();
    await expect.poll(() => consent.innerText()).toContain("Délégation enregistrée : Secrétariat de mairie de Bellegarde-en-Marche");
    await expect.poll(() => consent.innerText()).toContain("Accord : Formulaire signé en mairie, classé au dossier");
    expect(await seriousViolations(page)).toEqual([]);
    await signOut(page, url);

    await page.setViewportSize(PHONE);
    await signInWithPassword(page, url, DEMO_RELAY);
    await expect.poll(() => page.locator("main li.relay-household").count()).toBe(4);
    expect(await main()).not.toContain(household);
    expect(await page.locator("main li.relay-household", { hasText: "Mme Mendes" }).innerText()).toMatch(/Délégation donnée le .+ : commander et régler les courses\./);
  });
});
