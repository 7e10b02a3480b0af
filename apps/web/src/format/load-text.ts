/** What a load holds, in words: "120 L de sec, 30 L de frais, 2,5 caisses de pain". */
import { COMPARTMENTS, type Locale } from "@tournee/domain";
import type { TFunction } from "../i18n/translator";
import { formatCount } from "./units";

/** Empty compartments are left out; "rien" when every one is. */
export function loadText(t: TFunction, load: Readonly<Record<string, number>>, locale: Locale): string {
  const words = COMPARTMENTS.flatMap((c) => {
    const amount = load[c] ?? 0;
    if (amount <= 0) return [];
    return c === "bread"
      ? [t("reload.crates", { count: amount, amount: formatCount(amount, locale) })]
      : [t("reload.litres", { amount: formatCount(amount, locale), compartment: t(`reload.compartments.${c}`) })];
  });
  return words.join(", ") || t("reload.nothing");
}
