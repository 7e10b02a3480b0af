import { afterAll, expect, it } from "vitest";
import { DEMO_DRIVER } from "../support/app.ts";
import { describeInBrowser } from "../support/chromium.ts";
import { startJourney } from "../support/journey.ts";
import { servedServiceWorker } from "../support/service-worker.ts";
import { openAccount, signInWithPassword } from "../support/sign-in.ts";

type Marked = Window & { stillTheSamePage?: boolean };

describeInBrowser("a new version of the app waits for the person", () => {
  const journey = startJourney();
  // The server serves a copy of the build: this suite changes its service worker, then puts it back.
  const served = journey.app.servedWebDist;
  const serviceWorker = servedServiceWorker(served);
  afterAll(() => serviceWorker.restore());

  it("offers the update without reloading, and reloads only when asked", async (ctx) => {
    const { page, app } = journey;
    if (!served) return ctx.skip("publishing a new version needs a server started by the tests");
    await signInWithPassword(page, app.url, DEMO_DRIVER);
    await openAccount(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
      }
      (window as Marked).stillTheSamePage = true;
    });

    serviceWorker.publishNextVersion();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page.getByRole("region", { name: "Mise à jour de l'application" });
    await expect.poll(() => banner.count(), { timeout: 30_000 }).toBe(1);
    expect(await banner.innerText()).toContain("Nouvelle version disponible");
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as Marked).stillTheSamePage)).toBe(true);

    await banner.getByRole("button", { name: "Mettre à jour" }).click();
    await expect.poll(() => page.evaluate(() => (window as Marked).stillTheSamePage ?? false), { timeout: 30_000 }).toBe(false);
    await expect.poll(() => page.locator("h1").innerText()).toBe("Mon compte");
    expect(await banner.count()).toBe(0);
  });
});
