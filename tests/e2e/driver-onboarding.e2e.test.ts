import { expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_COORDINATOR } from "../support/app.ts";
import { describeInBrowser, openBrowser } from "../support/chromium.ts";
import { startClockedJourney } from "../support/clocked-app.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { screenshotBoth } from "../support/screenshots.ts";
import { openAccount, screenLoaded, signInWithPassword, signOut } from "../support/sign-in.ts";

const NEW_DRIVER = { name: "Inès Martin", email: "ines.martin@example.org", password: "la tournée du mardi" };

describeInBrowser("a coordinator takes on a new driver, who signs in with a code and chooses a password", () => {
  const journey = startClockedJourney();
  let code = "";

  it("adds the driver after being told the name is missing, and gives a one-time code", async () => {
    const { page, url } = journey;
    await signInWithPassword(page, url, DEMO_COORDINATOR);
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Véhicules et chauffeurs" }).click();
    await screenLoaded(page);
    const form = page.locator("form", { has: page.getByRole("heading", { name: "Ajouter un chauffeur ou une chauffeuse" }) });
    await form.getByLabel("Adresse e-mail (facultative)").fill(NEW_DRIVER.email);
    await form.getByRole("button", { name: "Ajouter un chauffeur ou une chauffeuse" }).click();
    await expect.poll(() => form.locator(".field__error").allInnerTexts()).toEqual(["Indiquez le nom de la personne."]);
    expect(await form.getByLabel("Adresse e-mail (facultative)").inputValue()).toBe(NEW_DRIVER.email);
    await form.getByLabel("Nom et prénom").fill(NEW_DRIVER.name);
    await form.getByRole("button", { name: "Ajouter un chauffeur ou une chauffeuse" }).click();
    await expect.poll(() => form.getByRole("status").innerText()).toContain(`${NEW_DRIVER.name} fait maintenant partie des chauffeurs`);

    await page.getByRole("button", { name: `Donner un code de connexion à ${NEW_DRIVER.name}` }).click();
    const shown = await page.locator(".code-display").filter({ hasText: "Code :" }).innerText();
    code = /Code : (\d{4} \d{4})/.exec(shown)?.[1] ?? "";
    expect(code).toMatch(/^\d{4} \d{4}$/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "coordinator-fleet-new-driver");
  });

  it("lets the driver in with the code on their phone; they choose a password and use it from then on", async () => {
    const phone = await openBrowser();
    try {
      const page = phone.context.pages()[0] ?? (await phone.context.newPage());
      await page.goto(`${journey.url}/connexion`);
      await page.getByRole("button", { name: "J'ai un code" }).click();
      await page.getByLabel("Votre code à 8 chiffres").fill(code);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await page.waitForURL(/\/tournee$/);
      await openAccount(page);

      const password = page.getByRole("region", { name: "Mot de passe" });
      await password.getByLabel("Nouveau mot de passe", { exact: true }).fill("court");
      await password.getByLabel("Nouveau mot de passe, encore une fois").fill("court");
      await password.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
      await expect.poll(() => password.locator(".field__error").allInnerTexts()).toEqual(["Choisissez au moins 10 caractères."]);
      await password.getByLabel("Nouveau mot de passe", { exact: true }).fill(NEW_DRIVER.password);
      await password.getByLabel("Nouveau mot de passe, encore une fois").fill(NEW_DRIVER.password);
      await password.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
      await expect.poll(() => password.getByRole("status").innerText()).toContain("Mot de passe enregistré");
      expect(await seriousViolations(page)).toEqual([]);
      expect(await layoutProblems(page)).toEqual([]);
      await screenshotBoth(page, "account-choose-password");

      await signOut(page, journey.url);
      await signInWithPassword(page, journey.url, { email: NEW_DRIVER.email, password: NEW_DRIVER.password });
      expect(new URL(page.url()).pathname).toBe("/tournee");
    } finally {
      await phone.close();
    }
  });
});
