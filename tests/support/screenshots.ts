import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { screenshotsDir } from "./paths.ts";

export const PHONE = { width: 390, height: 844 } as const;
export const LAPTOP = { width: 1366, height: 768 } as const;

/** Saves `<name>-phone.png` and `<name>-laptop.png`, then puts the laptop size back. */
export async function screenshotBoth(page: Page, name: string): Promise<void> {
  await mkdir(screenshotsDir, { recursive: true });
  for (const [size, viewport] of [["phone", PHONE], ["laptop", LAPTOP]] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: join(screenshotsDir, `${name}-${size}.png`), fullPage: true });
  }
}
