/** A driver's phone beside the coordinator's screen: signed in, with a published round prepared for offline use. */
import type { Locator, Page } from "playwright-core";
import { DEMO_PASSWORD } from "./app.ts";
import { openBrowser, type BrowserSession } from "./chromium.ts";
import { signInWithPassword } from "./sign-in.ts";

export interface DriverPhone {
  session: BrowserSession;
  page: Page;
  /** The round's card on the driver's home screen. */
  card: Locator;
}

export async function prepareRoundOnPhone(url: string, email: string, tourId: string): Promise<DriverPhone> {
  const session = await openBrowser();
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  await page.setViewportSize({ width: 390, height: 844 });
  await signInWithPassword(page, url, { email, password: DEMO_PASSWORD });
  await page.goto(`${url}/tournee`);
  const card = page.locator("li.driver__tour", { has: page.locator(`a[href="/tournee/${tourId}"]`) });
  await card.getByRole("button", { name: "Préparer ma tournée" }).click();
  await card.getByTestId("ready-offline").waitFor({ timeout: 60_000 });
  return { session, page, card };
}
