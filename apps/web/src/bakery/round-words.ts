/** How a round that carries bread is named and when it collects it, in the reader's words. */
import type { BreadRound, Locale } from "@tournee/domain";
import type { TFunction } from "../i18n/translator";
import { formatTime } from "../format/date-time";

type Named = Pick<BreadRound, "roundName" | "vehicleName" | "carrier">;

export function roundName(t: TFunction, round: Named): string {
  const name = round.roundName ?? round.vehicleName ?? t("bakery.round.unnamed");
  if (round.roundName && round.vehicleName) return t("bakery.round.nameWithVehicle", { round: name, vehicle: round.vehicleName, carrier: round.carrier.name });
  return t("bakery.round.name", { round: name, carrier: round.carrier.name });
}

/**
 * The names of a day's rounds, each telling its round apart: one template split between two
 * vehicles reads with each vehicle, and rounds that still share a name are numbered.
 */
export function roundNames(t: TFunction, rounds: readonly Named[]): string[] {
  const names = rounds.map((r) => roundName(t, r));
  return names.map((name, i) => {
    const same = names.filter((n) => n === name).length;
    if (same < 2) return name;
    return t("bakery.round.numbered", { name, n: names.slice(0, i + 1).filter((n) => n === name).length, of: same });
  });
}

/** "Retrait prévu à 07:34", or the round's departure while the day is not planned. */
export function collection(t: TFunction, locale: Locale, round: Pick<BreadRound, "collectAt" | "departure">): string {
  if (round.collectAt) return t("bakery.round.collectAt", { time: formatTime(new Date(round.collectAt), locale) });
  if (round.departure) return t("bakery.round.departure", { time: round.departure });
  return t("bakery.round.notPlanned");
}
