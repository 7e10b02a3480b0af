import type { Page } from "playwright-core";

/**
 * How many sheets of paper the page prints on, as Chromium prints it with the page's own
 * `@page` size: what a coordinator gets from the printer.
 */
export async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: "print" });
  try {
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
    return pdf.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  } finally {
    await page.emulateMedia({ media: null });
  }
}
