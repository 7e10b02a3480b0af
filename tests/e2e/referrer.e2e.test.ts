import { expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_COORDINATOR, DEMO_PASSWORD } from "../support/app.ts";
import { describeInBrowser } from "../support/chromium.ts";
import { startClockedJourney } from "../support/clocked-app.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { LAPTOP, screenshotBoth } from "../support/screenshots.ts";
import { screenLoaded, signInWithPassword, signOut } from "../support/sign-in.ts";

const REFERRER = { email: "ccas@tournee.test", password: DEMO_PASSWORD };
/** What a referrer must never read about a household: its orders, its driver's notes, its wellbeing. */
const NOT_HERS = /à payer|Baguette|Café|Indications pour le chauffeur|bien-être|Volets/i;

describeInBrowser("a CCAS social worker follows the households she referred, and the grocery decides", () => {
  const journey = startClockedJourney();
  const main = () => journey.page.locator("main").innerText();
  let renewed = "";

  it("lands on her households, the renewals to do first, most urgent first, each a link", async () => {
    const { page, url } = journey;
    await page.setViewportSize(LAPTOP);
    await signInWithPassword(page, url, REFERRER);
    await expect.poll(() => page.url()).toMatch(/\/orientation\/foyers$/);
    const due = page.getByRole("region", { name: "Renouvellements à faire" });
    await expect.poll(() => due.innerText()).toMatch(/Droits (terminés le|qui finissent le)/);
    const rows = page.locator("main table tbody tr");
    const firstRights = await rows.first().locator("td").last().innerText();
    expect(firstRights).toMatch(/Droits terminés le|Droits qui finissent le/);
    expect(await main()).toContain("Droits valables jusqu'au");
    expect(await main()).toContain("Renouvellement demandé le");
    expect(await main()).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
    const byName = async () => (await rows.locator("th").allInnerTexts()).map((n) => n.trim());
    const urgent = await byName();
    await page.getByRole("button", { name: "nom" }).click();
    const names = await byName();
    expect(names).toEqual([...urgent].sort((a, b) => a.localeCompare(b, "fr")));
    await page.getByRole("button", { name: "urgence" }).click();
    expect(await byName()).toEqual(urgent);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "referrer-households");
  });

  it("opens a household whose rights end soon, reads its history and whether it comes, and asks for the renewal", async () => {
    const { page } = journey;
    await page.setViewportSize(LAPTOP);
    const link = page.getByRole("region", { name: "Renouvellements à faire" }).getByRole("link").filter({ hasText: "Renouveler pour" }).last();
    renewed = (await link.innerText()).replace("Renouveler pour ", "").trim();
    await link.click();
    await page.getByRole("heading", { level: 1, name: renewed }).waitFor();
    await expect.poll(main).toContain("Identité et contact");
    expect(await main()).toMatch(/Accordé le .* par Claire Vergnaud/);
    expect(await main()).toMatch(/Venue aux passages\n+(Depuis le|Pas de passage|Le foyer n'a pas donné son accord)/);
    expect(await main()).not.toMatch(NOT_HERS);
    await page.getByRole("button", { name: "Demander le renouvellement" }).click();
    await expect.poll(main).toMatch(/Renouvellement demandé le .* en attente de la décision de l'épicerie/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "referrer-household");
  });

  it("refers a new household, told in plain words which field to fix, and finds it waiting in her requests", async () => {
    const { page } = journey;
    await page.setViewportSize(LAPTOP);
    await page.getByRole("link", { name: "Orienter un foyer" }).click();
    await screenLoaded(page);
    await page.getByLabel("Nom sur les listes").fill("Mme Delarbre");
    await page.getByLabel("Adresse", { exact: true }).fill("2 place du Marché");
    await page.getByLabel("Code postal").fill("2350");
    await page.getByLabel("Commune").fill("Felletin");
    await page.getByLabel("Le foyer accepte que l'épicerie me dise s'il vient aux passages").check();
    await page.getByRole("button", { name: "Envoyer l'orientation" }).click();
    await expect.poll(main).toContain("Un code postal a 5 chiffres.");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Code postal").fill("23500");
    await page.getByRole("button", { name: "Envoyer l'orientation" }).click();
    await page.waitForURL(/\/orientation\/demandes$/);
    await expect.poll(main).toContain("Orientation envoyée : Mme Delarbre attend la décision de l'épicerie.");
    const waiting = page.getByRole("region", { name: "En attente de décision" });
    expect(await waiting.innerText()).toContain("Orientation de Mme Delarbre (Felletin)");
    expect(await waiting.innerText()).toContain(`Renouvellement pour ${renewed}`);
    expect(await page.getByRole("region", { name: "Décidées" }).innerText()).toMatch(/Refusée le .* : Aubusson a son épicerie sociale/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "referrer-requests");
    await signOut(page, journey.url);
  });

  it("lets the grocery's coordinator see them waiting in the week, take the household in and refuse a renewal with a reason", async () => {
    const { page, url } = journey;
    await page.setViewportSize(LAPTOP);
    await signInWithPassword(page, url, DEMO_COORDINATOR);
    const alerts = page.getByTestId("week-alerts");
    await expect.poll(() => alerts.innerText()).toContain("4 orientations ou renouvellements attendent votre décision.");
    // The renewal she asked for shows beside the rights that end, to decide from there.
    expect(await alerts.innerText()).toMatch(new RegExp(`${renewed} : droits .+\\. Renouvellement demandé par Claire Vergnaud : décider pour ${renewed}`));
    await alerts.getByRole("link", { name: "Les voir" }).click();
    await page.getByRole("link", { name: "Décider pour Mme Delarbre" }).click();
    await page.getByRole("heading", { level: 1, name: "Orientation de Mme Delarbre (Felletin)" }).waitFor();
    expect(await main()).toContain("Le foyer accepte que son référent sache s'il vient aux passages.");
    expect(await page.getByLabel("Arrêt du camion où il viendra").locator("option:checked").innerText()).toContain("Felletin");
    await page.getByLabel("Latitude").fill("45.8826");
    await page.getByLabel("Longitude").fill("2.1747");
    await page.getByLabel("Un mot pour le travailleur social").fill("Bienvenue, elle peut venir dès mardi.");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-referral");
    await page.getByRole("button", { name: "Accepter et créer le foyer" }).click();
    await page.waitForURL(/\/coordination\/orientations$/);
    await expect.poll(main).toContain("Décision enregistrée pour Mme Delarbre.");

    await page.getByRole("link", { name: `Décider pour ${renewed}` }).click();
    await page.getByRole("button", { name: "Refuser la demande" }).click();
    await expect.poll(main).toContain("Donnez la raison en quelques mots.");
    await page.getByLabel("La raison, que le travailleur social lira").fill("Dossier incomplet : il manque l'avis d'imposition.");
    await page.getByRole("button", { name: "Refuser la demande" }).click();
    await page.waitForURL(/\/coordination\/orientations$/);
    const decided = page.getByRole("region", { name: "Décidées récemment" });
    await expect.poll(() => decided.innerText()).toContain("Dossier incomplet");
    expect(await seriousViolations(page)).toEqual([]);
    await signOut(page, url);
  });

  it("shows the social worker each answer, and the household taken in among hers", async () => {
    const { page, url } = journey;
    await page.setViewportSize(LAPTOP);
    await signInWithPassword(page, url, REFERRER);
    await page.getByRole("link", { name: "Mes demandes" }).click();
    const decided = page.getByRole("region", { name: "Décidées" });
    await expect.poll(() => decided.innerText()).toMatch(/Orientation de Mme Delarbre[\s\S]*Acceptée le .* par Sophie Aumaître/);
    expect(await decided.innerText()).toContain("Mot de l'épicerie : Bienvenue, elle peut venir dès mardi.");
    expect(await decided.innerText()).toMatch(new RegExp(`Renouvellement pour ${renewed}[\\s\\S]*Refusée le .* : Dossier incomplet`));
    await page.getByRole("link", { name: "Voir le dossier de Mme Delarbre" }).click();
    await page.getByRole("heading", { level: 1, name: "Mme Delarbre" }).waitFor();
    await expect.poll(main).toMatch(/Droits valables jusqu'au/);
    expect(await main()).toMatch(/Accordé le .* par Sophie Aumaître : Bienvenue/);
    expect(await main()).toMatch(/Pas de passage avec commande depuis le/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "referrer-accepted");
  });
});
