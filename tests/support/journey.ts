import type { Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import type { AppUnderTest } from "./app.ts";
import { openBrowser, type BrowserSession } from "./chromium.ts";

/** What a journey's tests drive: the running product, a fresh browser profile and its first tab. */
export interface Journey {
  app: AppUnderTest;
  browser: BrowserSession;
  page: Page;
}

/**
 * Opens a fresh browser on the product (started once by the global setup) before the enclosing
 * suite's tests, and closes it after. Call it inside `describeInBrowser`; read the fields in tests.
 */
export function startJourney(): Journey {
  const journey = { app: inject("app") } as Journey;
  beforeAll(async () => {
    journey.browser = await openBrowser();
    journey.page = journey.browser.context.pages()[0] ?? (await journey.browser.context.newPage());
  });
  afterAll(async () => {
    await journey.browser?.close();
  });
  return journey;
}
