import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { describe, it } from "vitest";

export const BROWSER_MISSING = "install a browser: apt-get install -y chromium";

/** Flags that work as root on a machine with no outside network. */
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * The Chromium to drive: `CHROMIUM_PATH` when set, else the Debian package's. Undefined when there is
 * none, except under CI, where a missing browser is an error rather than a silent skip.
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidate = env.CHROMIUM_PATH || "/usr/bin/chromium";
  const path = existsSync(candidate) ? candidate : undefined;
  if (!path && env.CI) {
    throw new Error(`No Chromium at ${candidate} (CI is set, so browser tests may not be skipped): ${BROWSER_MISSING}`);
  }
  return path;
}

/** Like `describe`, but reported as skipped with how to install a browser when there is none. */
export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumPath()) {
    describe(name, body);
    return;
  }
  describe(name, () => {
    it("needs Chromium", (ctx) => ctx.skip(BROWSER_MISSING));
  });
}

export interface BrowserSession {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh browser profile (own user-data-dir, service workers allowed unless blocked), removed at close. */
export async function openBrowser(options: { locale?: string; serviceWorkers?: "allow" | "block" } = {}): Promise<BrowserSession> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(`No Chromium found: ${BROWSER_MISSING}`);
  const userDataDir = await mkdtemp(join(tmpdir(), "tournee-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: FLAGS,
    serviceWorkers: options.serviceWorkers ?? "allow",
    locale: options.locale ?? "fr-FR",
    timezoneId: "Europe/Paris",
    viewport: { width: 1366, height: 768 },
  });
  for (const page of context.pages()) reportTrouble(page);
  context.on("page", reportTrouble);
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Writes to the test log what a journey's locator cannot say when it times out: a page that
 * crashed, an error thrown in it, or an error it logged, with the address it was on.
 */
function reportTrouble(page: Page): void {
  const say = (what: string) => console.error(`[browser] ${new Date().toISOString()} ${page.url()}: ${what}`);
  page.on("crash", () => say("the page crashed"));
  page.on("pageerror", (error) => say(`uncaught ${error.stack ?? error.message}`));
  page.on("console", (message) => {
    // A refused or unreachable request is logged by the browser itself; journeys expect many.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) say(`console error: ${message.text()}`);
  });
}
