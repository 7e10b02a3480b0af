import { expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_DRIVER, DEMO_RELAY } from "../support/app.ts";
import { describeInBrowser } from "../support/chromium.ts";
import { startJourney } from "../support/journey.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { screenshotBoth } from "../support/screenshots.ts";
import { openAccount, signInWithPassword, signOut } from "../support/sign-in.ts";

describeInBrowser("each kind of person finds their own account", () => {
  const journey = startJourney();

  const main = () => journey.page.locator("main").innerText();

  it("lets a resident in with the 8-digit code typed with a space, after telling them a wrong code does not work; the code then says it was used", async () => {
    const { page, app } = journey;
    const residentCode = app.residentCode ?? "";
    expect(residentCode, "the code the server printed at its start (E2E_RESIDENT_CODE with E2E_BASE_URL)").toMatch(/^\d{8}$/);
    await page.goto(`${app.url}/connexion`);
    await page.getByRole("button", { name: "J'ai un code" }).click();
    const code = page.getByLabel("Votre code à 8 chiffres");
    await code.fill("0000 0000");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect.poll(() => page.getByRole("alert").innerText()).toContain("Ce code ne fonctionne pas");

    await code.fill(`${residentCode.slice(0, 4)} ${residentCode.slice(4)}`);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/connexion"));
    await openAccount(page);
    await expect.poll(main).toContain("Votre foyer");
    await expect.poll(main).toContain("Aucune (connexion par code)");
    expect(await seriousViolations(page)).toEqual([]);
    await signOut(page, app.url);

    await page.getByRole("button", { name: "J'ai un code" }).click();
    await page.getByLabel("Votre code à 8 chiffres").fill(residentCode);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect.poll(() => page.getByRole("alert").innerText()).toContain("Ce code a déjà été utilisé");
  });

  it("lands a relay on the households it orders for, and lists them on its account", async () => {
    const { page, app } = journey;
    await signInWithPassword(page, app.url, DEMO_RELAY);
    await expect.poll(() => page.url()).toMatch(/\/relais$/);
    await expect.poll(main).toContain("Les foyers que vous suivez");
    expect(await page.getByLabel("Vous agissez pour le foyer").count()).toBe(0);
    await openAccount(page);
    await expect.poll(main).toContain("Vous commandez pour ce foyer");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "account-relay");
    await signOut(page, app.url);
  });

  it("asks to keep a driver's data on the phone and says what the phone answered", async () => {
    const { page, app } = journey;
    await signInWithPassword(page, app.url, DEMO_DRIVER);
    await openAccount(page);
    await expect.poll(main).toContain("Rôle : chauffeur ou chauffeuse");
    const storage = page.getByRole("region", { name: "Données sur ce téléphone" });
    await expect.poll(() => storage.innerText()).toMatch(/gardera|peut effacer|ne permet pas/);
    await screenshotBoth(page, "account-driver");
    await signOut(page, app.url);
  });
});
