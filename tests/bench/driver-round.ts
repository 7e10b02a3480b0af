/**
 * Benchmark of the driver's offline round (not a test; prints figures):
 * 1. JavaScript the driver screens load, gzip (budget 200 KB);
 * 2. time to a usable stop list on a cold offline start, Chromium CPU throttled 4× (budget 2 s);
 * 3. time to sync 500 queued mutations: 5 pushes of 100 to the real API on PGlite (budget 3 s).
 * Run: npm run build -w @tournee/web && nice npx tsx --conditions=source tests/bench/driver-round.ts
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { uuidv7, type Mutation } from "@tournee/sync";
import { DEMO_DRIVER } from "../support/app.ts";
import { openBrowser } from "../support/chromium.ts";
import { publishDemoRound, startRestartableApi, startTileServer } from "../support/driver-round.ts";
import { webDist } from "../support/paths.ts";
import { signInWithPassword } from "../support/sign-in.ts";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Chunks the driver screens load: the entry with its static imports (not the other screens it can
 * load), the French texts of the shell and of the round, and the two driver screens with everything
 * they import, the map included.
 */
const DRIVER_SCREENS = ["src/driver/driver-home.tsx", "src/driver/round-page.tsx"];

function scriptSizes(): { files: number; raw: number; gzip: number } {
  const manifest = JSON.parse(readFileSync(join(webDist, ".vite/manifest.json"), "utf8")) as Record<string, { file: string; imports?: string[]; dynamicImports?: string[] }>;
  const chunks = new Set<string>();
  const visit = (key: string, dynamicToo: boolean): void => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The web build has no chunk for ${key}: rebuild apps/web, or update DRIVER_SCREENS.`);
    if (chunks.has(key)) return;
    chunks.add(key);
    for (const imported of [...(chunk.imports ?? []), ...(dynamicToo ? (chunk.dynamicImports ?? []) : [])]) visit(imported, dynamicToo);
  };
  visit("index.html", false);
  visit("src/i18n/fr/index.ts", false);
  visit("src/i18n/fr/driver.ts", false);
  for (const screen of DRIVER_SCREENS) visit(screen, true);
  let raw = 0;
  let gzip = 0;
  const scripts = [...chunks].map((key) => manifest[key]!.file).filter((file) => file.endsWith(".js"));
  for (const file of scripts) {
    const bytes = readFileSync(join(webDist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: scripts.length, raw, gzip };
}

async function main(): Promise<void> {
  const js = scriptSizes();
  console.log(`driver screens JavaScript: ${js.files} files, ${(js.raw / 1024).toFixed(0)} KB raw, ${(js.gzip / 1024).toFixed(1)} KB gzip (budget 200 KB)`);

  const tiles = await startTileServer();
  const api = await startRestartableApi(webDist, { TILE_URL: tiles.template, TILE_PREFETCH: "allowed" });
  const browser = await openBrowser();
  try {
    const round = await publishDemoRound(api.sql());
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await signInWithPassword(page, api.url, DEMO_DRIVER);
    await page.goto(`${api.url}/tournee`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
    });
    await page.getByRole("button", { name: "Préparer ma tournée" }).click();
    await page.getByTestId("ready-offline").waitFor({ timeout: 120_000 });
    await page.goto(`${api.url}/tournee/${round.tourId}`);
    await page.locator("li.stop").nth(9).waitFor();

    await browser.context.setOffline(true);
    await api.stop();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    const starts: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto("about:blank");
      const t0 = Date.now();
      await page.goto(`${api.url}/tournee/${round.tourId}`);
      await page.locator("li.stop").nth(9).getByRole("button").first().waitFor();
      starts.push(Date.now() - t0);
    }
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    console.log(`cold offline start to a usable stop list, CPU 4× slower: median ${median(starts)} ms over ${starts.length} (${starts.join(", ")}) (budget 2000 ms)`);

    await api.start();
    await browser.context.setOffline(false);
    const [passage] = await api.sql().query<{ id: string }>(`SELECT id FROM "Passage" WHERE "tourId" = $1 LIMIT 1`, [round.tourId]);
    const login = await fetch(`${api.url}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(DEMO_DRIVER) });
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const deviceId = uuidv7();
    const mutations: Mutation[] = Array.from({ length: 500 }, (_, i) => ({
      id: uuidv7(),
      deviceId,
      seq: i + 1,
      deviceTime: new Date().toISOString(),
      kind: "note.added",
      payload: { tourId: round.tourId, passageId: passage!.id, text: `note ${i + 1}` },
    }));
    const t0 = Date.now();
    for (let i = 0; i < 500; i += 100) {
      const res = await fetch(`${api.url}/api/sync/push`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
        body: JSON.stringify({ deviceId, mutations: mutations.slice(i, i + 100) }),
      });
      const body = (await res.json()) as { results: { status: string }[] };
      if (body.results.some((r) => r.status !== "applied")) throw new Error(`push ${i / 100 + 1}: not all applied`);
    }
    console.log(`sync of 500 queued mutations (5 pushes of 100, PGlite): ${Date.now() - t0} ms (budget 3000 ms)`);
  } finally {
    await browser.close();
    await api.dispose();
    await tiles.close();
  }
}

await main();
