import type { Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { startApp, type RunningApp, type StartAppOptions } from "./app.ts";
import { openBrowser, type BrowserSession } from "./chromium.ts";

/** What a journey's tests drive: the running product, a fresh browser profile and its first tab. */
export interface Journey {
  app: RunningApp;
  browser: BrowserSession;
  page: Page;
}

/**
 * Starts the product and a browser before the enclosing suite's tests and stops both after.
 * Call it inside `describeInBrowser`; read the fields inside tests, once they are started.
 */
export function startJourney(options: StartAppOptions = {}): Journey {
  const journey = {} as Journey;
  beforeAll(async () => {
    journey.app = await startApp(options);
    journey.browser = await openBrowser();
    journey.page = journey.browser.context.pages()[0] ?? (await journey.browser.context.newPage());
  });
  afterAll(async () => {
    await journey.browser?.close();
    await journey.app?.close();
  });
  return journey;
}
