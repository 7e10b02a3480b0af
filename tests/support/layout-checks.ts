import type { Page } from "playwright-core";

/** Things every screen must hold for people with poor sight or a zoomed screen. */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth + 1) {
      problems.push(`scrolls sideways: content ${root.scrollWidth}px wide in a ${window.innerWidth}px window`);
    }
    const base = parseFloat(getComputedStyle(document.body).fontSize);
    if (base < 18) problems.push(`base text is ${base}px, under 18px`);
    const targets = document.querySelectorAll<HTMLElement>("button, input, select, nav a, .button");
    for (const el of targets) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const label = el.closest("label");
      const area = label && el instanceof HTMLInputElement ? label.getBoundingClientRect() : box;
      if (area.height < 44 || area.width < 44) {
        problems.push(`target ${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute("name") || "").trim()}" is ${Math.round(area.width)}×${Math.round(area.height)}px`);
      }
    }
    return problems;
  });
}
