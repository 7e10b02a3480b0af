import type { Page } from "playwright-core";

/** Signs in through the French login page with e-mail and password, and waits for the person's landing screen. */
export async function signInWithPassword(page: Page, baseUrl: string, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/connexion`);
  await page.getByLabel("Adresse e-mail").fill(account.email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/connexion"));
  await screenLoaded(page);
}

/** Each area's screens load on first use: wait until the screen replaced its "Chargement…" line. */
export async function screenLoaded(page: Page): Promise<void> {
  await page.locator(".screen-loading").waitFor({ state: "detached" });
}

/** Opens "Mon compte" through the main navigation, as a person would. */
export async function openAccount(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Mon compte" }).click();
  await page.waitForURL(/\/compte$/);
  await screenLoaded(page);
}

/** Signs out from the account page and waits for the login page. */
export async function signOut(page: Page, baseUrl: string): Promise<void> {
  if (!page.url().endsWith("/compte")) await page.goto(`${baseUrl}/compte`);
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await page.waitForURL(/\/connexion$/);
}
