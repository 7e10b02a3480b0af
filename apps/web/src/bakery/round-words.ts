/** How a round that carries bread is named and when it collects it, in the reader's words. */
import type { BreadRound, Locale } from "@tournee/domain";
import type { TFunction } from "i18next";
import { formatTime } from "../format/date-time";

export function roundName(t: TFunction, round: Pick<BreadRound, "roundName" | "vehicleName" | "carrier">): string {
  return t("bakery.round.name", { round: round.roundName ?? round.vehicleName ?? t("bakery.round.unnamed"), carrier: round.carrier.name });
}

/** "Retrait prévu à 07:34", or the round's departure while the day is not planned. */
export function collection(t: TFunction, locale: Locale, round: Pick<BreadRound, "collectAt" | "departure">): string {
  if (round.collectAt) return t("bakery.round.collectAt", { time: formatTime(new Date(round.collectAt), locale) });
  if (round.departure) return t("bakery.round.departure", { time: round.departure });
  return t("bakery.round.notPlanned");
}
