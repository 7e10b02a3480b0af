import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ROLES } from "@tournee/domain";
import { testTranslator } from "./test-translator";
import { describe, expect, it } from "vitest";
import enAreas from "./en/areas";
import enConsole from "./en/console";
import enDriver from "./en/driver";
import enBase from "./en/index";
import frAreas from "./fr/areas";
import frConsole from "./fr/console";
import frDriver from "./fr/driver";
import frBase from "./fr/index";
import { mergeMessages } from "./merge-messages";

const fr = mergeMessages([["fr/index", frBase], ["fr/driver", frDriver], ["fr/areas", frAreas], ["fr/console", frConsole]]);
const en = mergeMessages([["en/index", enBase], ["en/driver", enDriver], ["en/areas", enAreas], ["en/console", enConsole]]);

function keysOf(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

/** Keys as the code asks for them: a plural's forms (`x_one`, `x_other`) answer for `x`. */
const asked = (keys: string[]) => [...new Set(keys.flatMap((k) => [k, k.replace(/_(zero|one|two|few|many|other)$/, "")]))];

const frKeys = keysOf(fr);
const enKeys = keysOf(en);

describe("translations", () => {
  it("refuses a text defined in two files", () => {
    expect(() => mergeMessages([["a.json", { x: { y: "1" } }], ["b.json", { x: { y: "2" } }]])).toThrow(/"x.y" is defined twice \(again in b.json\)/);
    expect(mergeMessages([["a.json", { x: { y: "1" } }], ["b.json", { x: { z: "2" } }]])).toEqual({ x: { y: "1", z: "2" } });
  });

  it("has the same keys in French and English", () => {
    expect(enKeys.filter((k) => !frKeys.includes(k))).toEqual([]);
    expect(frKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it("has no empty text", () => {
    const empty = (tree: object) => keysOf(tree).filter((k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], tree) === "");
    expect([...empty(fr), ...empty(en)]).toEqual([]);
  });

  it("uses the same {{placeholders}} in both languages", () => {
    const get = (tree: object, key: string) => String(key.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], tree));
    const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const mismatched = frKeys.filter((k) => names(get(fr, k)).join() !== names(get(en, k)).join());
    expect(mismatched).toEqual([]);
  });

  const root = join(import.meta.dirname, "..");
  const keysUsedIn = (files: string[]) => files.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/(?:\bt\(\s*|labelKey: )"([\w.]+)"/g)].map((m) => m[1] ?? ""));

  /** The source files `entries` import, directly or not; a screen's lazy imports count, not the list of every screen's. */
  function importedBy(entries: string[]): string[] {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, "utf8");
      const lazyToo = !/[\\/](screens|i18n[\\/]messages)\.ts$/.test(file);
      for (const m of code.matchAll(/(?:from |import\()"(\.{1,2}\/[\w./-]+)"/g)) {
        if (m[0].startsWith("import(") && !lazyToo) continue;
        const base = join(file, "..", m[1]!);
        const found = [".ts", ".tsx", "/index.ts"].map((ext) => base + ext).find(existsSync);
        if (found) visit(found);
      }
    };
    entries.forEach((entry) => visit(join(root, entry)));
    return [...seen];
  }

  it("defines every literal key the code asks for", () => {
    const used = keysUsedIn(sourceFiles(root));
    expect(used.length).toBeGreaterThan(20);
    expect([...new Set(used.filter((k) => !asked(frKeys).includes(k)))]).toEqual([]);
  });

  it("keeps the texts of screens outside the console, and of console files they use, out of the console's part", () => {
    // Partners' screens (partner/) load with the console's texts too (screens.ts, consoleScreen).
    const isConsole = (file: string) => /[\\/](coordinator|live|partner|bakery|admin)[\\/]/.test(file);
    const outside = sourceFiles(root).filter((file) => !isConsole(file));
    const borrowed = outside.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/from "\.\.\/(coordinator|live)\/([\w-]+)"/g)]);
    const borrowedFiles = borrowed.map((m) => sourceFiles(join(root, m[1]!)).find((f) => f.replace(/\.tsx?$/, "").endsWith(`${m[1]}/${m[2]}`))!);
    const outsideKeys = asked(keysOf(mergeMessages([["base", frBase], ["driver", frDriver], ["areas", frAreas]])));
    const used = keysUsedIn([...outside, ...borrowedFiles]);
    expect([...new Set(used.filter((k) => !outsideKeys.includes(k)))]).toEqual([]);
  });

  it("keeps every text the shell and the driver's round use in the parts a driver's phone downloads", () => {
    const files = importedBy(["main.tsx", "driver/driver-home.tsx", "driver/round-page.tsx"]);
    expect(files.some((file) => file.endsWith("map-view.tsx"))).toBe(true);
    const driverKeys = asked(keysOf(mergeMessages([["base", frBase], ["driver", frDriver]])));
    expect([...new Set(keysUsedIn(files).filter((k) => !driverKeys.includes(k)))]).toEqual([]);
  });

  it("writes plurals as words, never as \"(s)\" or \"(e)\"", () => {
    const texts = (tree: object) => keysOf(tree).map((k) => String(k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], tree)));
    expect([...texts(fr), ...texts(en)].filter((text) => /\p{L}\((s|e|x|es|ne)\)/u.test(text))).toEqual([]);
  });

  it("names every role in the administrator's screens", () => {
    expect(ROLES.filter((role) => !frKeys.includes(`admin.roles.${role}`))).toEqual([]);
  });

  it("agrees each count of a sentence with its own number", () => {
    const t = { t: testTranslator("fr", { fr, en }) };
    expect(t.t("bakery.week.summary", { count: 1, days: 1 })).toBe("1 pain commandé sur 1 jour de cuisson.");
    expect(t.t("bakery.week.summary", { count: 12, days: 3 })).toBe("12 pains commandés sur 3 jours de cuisson.");
    expect(t.t("coordinator.planning.summary", { halts: 1, homeDrops: 0, orders: 5 })).toBe("1 halte, 0 livraison à domicile, 5 commandes reçues.");
    expect(t.t("coordinator.templates.generated", { created: 2, existing: 1, dates: 1 })).toBe("2 passages créés, 1 existait déjà, sur 1 date.");
    expect(t.t("coordinator.import.orders.refused", { household: "Brunet", count: 2, lines: "3, 4", why: "." })).toBe("Brunet (lignes 3, 4) : pas passée. .");
    expect(testTranslator("en", { fr, en })("bakery.week.summary", { count: 1, days: 2 })).toBe("1 bread ordered over 2 bake days.");
  });
});
