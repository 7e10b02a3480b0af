/**
 * Two partners settle services in the demo's mutual-credit network, in the browser: the bakery's
 * coordinator reads her balance in words, accepts the service the grocery declared (its round
 * carried her bread), declares one she gave the Red Cross (a bad amount is refused in French),
 * and the grocery's coordinator disputes the bakery's request and corrects an entry by a
 * counter-entry. No ISO date nor raw number on screen; axe finds nothing serious.
 */
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_COORDINATOR, DEMO_PASSWORD } from "../support/app.ts";
import { describeInBrowser } from "../support/chromium.ts";
import { startClockedJourney } from "../support/clocked-app.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { printedPages } from "../support/printed-pages.ts";
import { screenshotBoth } from "../support/screenshots.ts";
import { screenLoaded, signInWithPassword, signOut } from "../support/sign-in.ts";

const BAKERY = { email: "boulangerie@tournee.test", password: DEMO_PASSWORD };
const GROCERY = "Épicerie solidaire du Pays d'Aubusson";

async function openLedger(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Échanges entre partenaires" }).click();
  await screenLoaded(page);
  await page.getByRole("heading", { name: /^Relevé de / }).waitFor();
  await page.locator("table, .ledger__statement p").first().waitFor();
}

/** Screen text with its non-breaking spaces ("12 sous", "− 3") read as plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const balanceText = async (page: Page) => plain(await page.locator(".ledger__balance").innerText());
const mainText = async (page: Page) => plain(await page.locator("main").innerText());
const tableText = async (page: Page) => plain(await page.locator("table").innerText());

describeInBrowser("partners settle a month of services in the mutual-credit ledger", () => {
  const journey = startClockedJourney();

  it("shows the bakery its balance in words, the grocery's request to accept and the month's statement", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, BAKERY);
    await openLedger(page);
    expect(await balanceText(page)).toMatch(/^Solde : [+−] \d+ sous$/);
    const main = await mainText(page);
    expect(main).toContain("Fournil solidaire d'Aubusson");
    expect(main).toContain(`${GROCERY} déclare vous avoir rendu un service le`);
    expect(main).toContain("Limite de crédit : 300 sous");
    expect(main).not.toMatch(/\b20\d\d-\d\d-\d\d\b|\bundefined\b|NaN/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "partner-ledger-bakery");
  });

  it("accepts the grocery's request: the balance goes down by its amount and the statement shows it", async () => {
    const { page } = journey;
    const before = Number((await balanceText(page)).replace(/[^\d−+-]/g, "").replace("−", "-"));
    await page.getByRole("button", { name: `Accepter et régler 9 sous à ${GROCERY}` }).click();
    await expect.poll(() => balanceText(page)).toBe(`Solde : ${before - 9 < 0 ? "−" : "+"} ${Math.abs(before - 9)} sous`);
    await expect.poll(() => mainText(page)).toContain("Aucun service déclaré par un autre membre n'attend votre accord.");
    await expect.poll(() => tableText(page)).toContain(`Reçu de ${GROCERY}`);
  });

  it("declares a service given to the Red Cross, refusing a fractional amount in French", async () => {
    const { page } = journey;
    await page.getByLabel("Partenaire qui a reçu le service").selectOption({ label: "Croix-Rouge française, unité locale d'Aubusson" });
    await page.getByLabel("Service rendu", { exact: true }).fill("Pain pour le goûter du vestiaire solidaire");
    await page.getByLabel("Montant (en sous)").fill("2,5");
    await page.getByRole("button", { name: "Envoyer la demande à Croix-Rouge française, unité locale d'Aubusson" }).click();
    await expect.poll(() => page.locator(".field--invalid").innerText()).toContain("Écrivez un nombre entier de sous, au moins 1.");
    await page.getByLabel("Montant (en sous)").fill("6");
    await page.getByRole("button", { name: "Envoyer la demande à Croix-Rouge française, unité locale d'Aubusson" }).click();
    await expect.poll(() => mainText(page)).toContain("Demande envoyée à Croix-Rouge française, unité locale d'Aubusson pour 6 sous.");
    await expect.poll(() => mainText(page)).toContain("En attente de l'accord de Croix-Rouge française, unité locale d'Aubusson : 6 sous pour le service du");
    expect(await seriousViolations(page)).toEqual([]);
    await signOut(page, journey.url);
  });

  it("lets the grocery dispute the bakery's request and correct an entry by a counter-entry, never erasing it", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, DEMO_COORDINATOR);
    await openLedger(page);
    await page.getByText("Contester ce service").click();
    await page.getByLabel("Pourquoi le contestez-vous ?").fill("Le repas partagé a été annulé ce jour-là");
    await page.getByRole("button", { name: "Contester", exact: true }).click();
    await expect.poll(() => mainText(page)).toContain("Aucun service déclaré par un autre membre n'attend votre accord.");

    const accepted = page.locator("tr", { hasText: "Rendu à Fournil solidaire d'Aubusson" }).filter({ hasText: "Annuler cette écriture" }).last();
    await accepted.getByText("Annuler cette écriture").click();
    await accepted.getByLabel("Pourquoi l'annuler ?").fill("Pain porté une seule fois cette semaine");
    const before = await balanceText(page);
    await accepted.getByRole("button", { name: "Passer la contre-écriture" }).click();
    await expect.poll(() => tableText(page)).toContain("Annulation d'une écriture : Pain porté une seule fois cette semaine");
    await expect.poll(() => balanceText(page)).not.toBe(before);
    expect(await tableText(page)).toContain("(annulé ensuite)");
    expect(await mainText(page)).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "partner-ledger-grocery");
  });

  it("opens the month's statement for the accountant as an A4 page, in French, that saves as a PDF", async () => {
    const { page } = journey;
    const [sheet] = await Promise.all([
      page.context().waitForEvent("page"),
      page.getByRole("link", { name: /^Relevé de \p{L}+ 20\d\d à imprimer ou enregistrer en PDF$/u }).click(),
    ]);
    await sheet.waitForLoadState();
    const text = plain(await sheet.locator("body").innerText());
    expect(text).toContain(`Relevé d'échanges de`);
    expect(text).toContain(GROCERY);
    expect(text).toContain("Rendu à Fournil solidaire d'Aubusson");
    expect(text).toContain("Annulation d'une écriture : Pain porté une seule fois cette semaine");
    expect(text).toMatch(/Solde au \d+(er)? \p{L}+ 20\d\d\s+[+−] \d+ sous/u);
    expect(text).not.toMatch(/\b20\d\d-\d\d(-\d\d)?\b|\bundefined\b|NaN/);
    expect(await seriousViolations(sheet)).toEqual([]);
    const pdf = await sheet.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(await printedPages(sheet)).toBeGreaterThanOrEqual(1);
    await screenshotBoth(sheet, "partner-ledger-statement-sheet");
    await sheet.close();
  });
});
