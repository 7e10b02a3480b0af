import { expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { DEMO_COORDINATOR } from "../support/app.ts";
import { describeInBrowser, openBrowser } from "../support/chromium.ts";
import { startJourney } from "../support/journey.ts";
import { layoutProblems } from "../support/layout-checks.ts";
import { LAPTOP, screenshotBoth } from "../support/screenshots.ts";
import { openAccount, signInWithPassword } from "../support/sign-in.ts";

/** A laptop at 200 % zoom shows half as many CSS pixels each way. */
const ZOOMED_200 = { width: LAPTOP.width / 2, height: LAPTOP.height / 2 };

describeInBrowser("the web app shell", () => {
  const journey = startJourney();

  const heading = () => journey.page.locator("h1").innerText();

  async function signIn(email: string, password: string) {
    await journey.page.getByLabel("Adresse e-mail").fill(email);
    await journey.page.getByLabel("Mot de passe", { exact: true }).fill(password);
    await journey.page.getByRole("button", { name: "Se connecter" }).click();
  }

  it("sends a visitor to the login page, in French with English one click away, readable and zoomable", async () => {
    const { page, app } = journey;
    await page.goto(`${app.url}/compte`);
    await page.waitForURL(/\/connexion\?next=%2Fcompte$/);
    expect(await heading()).toBe("Se connecter");
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await page.getByRole("button", { name: "J'ai un code" }).click();
    expect(await page.getByLabel("Votre code à 8 chiffres").getAttribute("inputmode")).toBe("numeric");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, "login-code");
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(heading).toBe("Sign in");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.getByRole("button", { name: "Français" }).click();
    await expect.poll(heading).toBe("Se connecter");
    await page.getByRole("button", { name: "Avec mon e-mail" }).click();
    await page.setViewportSize(ZOOMED_200);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "login");
  });

  it("can be installed: a French manifest with real 192 and 512 px icons, one of them maskable", async () => {
    const { page, app } = journey;
    const href = await page.getAttribute('link[rel="manifest"]', "href");
    const manifest = (await (await fetch(new URL(href ?? "", app.url))).json()) as {
      name: string;
      lang: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({ name: "Tournée", lang: "fr" });
    expect(manifest.icons.map((i) => i.sizes).sort()).toEqual(["192x192", "512x512", "512x512"]);
    expect(manifest.icons.some((i) => i.purpose === "maskable")).toBe(true);
    for (const icon of manifest.icons) {
      const response = await fetch(new URL(icon.src, app.url));
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(response.headers.get("content-type")).toBe("image/png");
      const view = new DataView(bytes.buffer);
      expect(`${view.getUint32(16)}x${view.getUint32(20)}`).toBe(icon.sizes);
    }
  });

  it("says plainly that a wrong password does not match, and which field is wrong before asking", async () => {
    const { page } = journey;
    await page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect.poll(() => page.getByText("Écrivez une adresse e-mail complète").count()).toBe(1);
    expect(await page.getByLabel("Adresse e-mail").getAttribute("aria-invalid")).toBe("true");

    await signIn(DEMO_COORDINATOR.email, "pas-le-bon-mot-de-passe");
    await expect.poll(() => page.getByRole("alert").innerText()).toContain("ne correspond pas");
    expect(await heading()).toBe("Se connecter");
  });

  it("after too many attempts, says from what time (in France) the person may try again", async () => {
    const { page } = journey;
    const account = { email: "essais-repetes@tournee.test", password: "pas-le-bon" };
    const attempt = () =>
      page.evaluate(async (body) => {
        const response = await fetch("/api/auth/login", { method: "POST", headers: { "Content-Type": "application/json" }, body });
        return { status: response.status, retryAfter: Number(response.headers.get("Retry-After")) };
      }, JSON.stringify(account));
    let answer = await attempt();
    for (let n = 0; n < 30 && answer.status !== 429; n++) answer = await attempt();
    expect(answer.status).toBe(429);
    await signIn(account.email, account.password);
    await expect.poll(() => page.getByRole("alert").innerText()).toMatch(/Vous pourrez réessayer à partir de \d\d:\d\d/);
    const retryAfter = answer.retryAfter;
    const paris = (date: Date) => new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" }).format(date);
    const expected = [-60_000, 0, 60_000].map((slack) => paris(new Date(Date.now() + retryAfter * 1000 + slack)));
    const shown = /(\d\d:\d\d)/.exec(await page.getByRole("alert").innerText())?.[1];
    expect(expected).toContain(shown);
  });

  it("signs the demo coordinator in and opens their account page", async () => {
    const { page } = journey;
    await signIn(DEMO_COORDINATOR.email, DEMO_COORDINATOR.password);
    // The sign-in page returns to the page asked for before it (here the account page), else to
    // the person's first screen.
    await page.waitForURL((url) => !url.pathname.startsWith("/connexion"));
    if (!page.url().endsWith("/compte")) await openAccount(page);
    expect(await heading()).toBe("Mon compte");
    const main = page.locator("main");
    await expect.poll(() => main.innerText()).toContain(DEMO_COORDINATOR.email);
    expect(await main.innerText()).toMatch(/Rôle : coordination/);
    expect(await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Mon compte" }).count()).toBe(1);
    expect(await page.getByRole("status").first().innerText()).toContain("En ligne");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await page.setViewportSize(ZOOMED_200);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotBoth(page, "account");
  });

  it("switches to English, keeps it after a reload, switches back and signs out", async () => {
    const { page, app } = journey;
    await page.getByRole("radio", { name: "English" }).check();
    await expect.poll(heading).toBe("My account");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.reload();
    await expect.poll(heading).toBe("My account");
    // The coordinator's account is shared with the other journeys: it gets its French back, as it was.
    await page.getByRole("radio", { name: "Français" }).click();
    await expect.poll(heading).toBe("Mon compte");
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await page.waitForURL(/\/connexion$/);
    expect(await heading()).toBe("Se connecter");
    await page.goto(`${app.url}/compte`);
    await page.waitForURL(/\/connexion/);
    expect(await heading()).toBe("Se connecter");
  });

  it("opens again with no network after one visit, showing who was signed in", async () => {
    const { page, app, browser } = journey;
    await page.evaluate(() => localStorage.setItem("tournee.locale", "fr"));
    await page.goto(`${app.url}/compte`);
    await signIn(DEMO_COORDINATOR.email, DEMO_COORDINATOR.password);
    await page.waitForURL(/\/compte$/);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
      }
    });
    // No network: the page's requests fail, and the service worker must answer from its cache.
    await browser.context.setOffline(true);
    await browser.context.route("**/*", (route) => route.abort("internetdisconnected"));
    await page.reload();
    await expect.poll(heading).toBe("Mon compte");
    expect(await page.locator("main").innerText()).toContain("Vous êtes hors ligne");
    expect(await page.getByRole("status").first().innerText()).toMatch(/Hors ligne/);
    await browser.context.unroute("**/*");
    await browser.context.setOffline(false);
  });

  it("says a screen could not open when its code does not arrive, and opens it after a reload", async () => {
    // No service worker: the screen's code must come from the network, which drops it once.
    const bare = await openBrowser({ serviceWorkers: "block" });
    try {
      const page = bare.context.pages()[0] ?? (await bare.context.newPage());
      await page.goto(`${journey.app.url}/connexion`);
      await page.evaluate(() => localStorage.setItem("tournee.locale", "fr")); // the account was switched to English above
      await signInWithPassword(page, journey.app.url, DEMO_COORDINATOR);
      let dropping = true;
      await page.route(/\/assets\/live-page-[\w-]+\.js$/, (route) => (dropping ? route.abort("internetdisconnected") : route.continue()));
      await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Direct" }).click();
      await expect.poll(() => page.getByRole("alert").innerText()).toContain("Cet écran n'a pas pu s'ouvrir");
      expect(await seriousViolations(page)).toEqual([]);
      dropping = false;
      await page.getByRole("button", { name: "Recharger la page" }).click();
      await expect.poll(() => page.locator("h1").innerText()).toMatch(/^Tournées en direct/);
    } finally {
      await bare.close();
    }
  });
});
