/** Moving through the console's screens as a person does, and checking each one at laptop size. */
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { seriousViolations } from "./axe.ts";
import { layoutProblems } from "./layout-checks.ts";
import { LAPTOP, screenshotBoth } from "./screenshots.ts";
import { screenLoaded } from "./sign-in.ts";

/** Opens a screen from the main navigation by its exact name, and waits for its code. */
export async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name, exact: true }).click();
  await screenLoaded(page);
}

/** axe (no serious or critical violation) and the layout probe at laptop size, then both screenshots. */
export async function checkDesktopScreen(page: Page, name: string): Promise<void> {
  await page.setViewportSize(LAPTOP);
  expect(await seriousViolations(page), name).toEqual([]);
  expect(await layoutProblems(page), name).toEqual([]);
  await screenshotBoth(page, name);
}

/** A table's body rows, as the text of each cell (row header first). */
export function tableRows(page: Page, name: string | RegExp): Promise<string[][]> {
  return page.getByRole("table", { name }).locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => (c as HTMLElement).innerText.trim())));
}
