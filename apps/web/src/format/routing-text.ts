/**
 * Where a tour's times come from, and its day seen from the depot, in words: every screen that
 * shows planned times (tours list, planning, driver's round) says the same thing the same way.
 */
import type { Locale, RoutingSource } from "@tournee/domain";
import type { TFunction } from "../i18n/translator";
import { INTL_LOCALE } from "../i18n/locale";
import { formatTime } from "./date-time";

export interface TimesOrigin {
  routingProvider: RoutingSource | null;
  estimatedShare: number | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  plannedDistanceM: number | null;
}

/** "Heures calculées sur le réseau routier." / "… en partie estimées à vol d'oiseau (18 % des trajets) …"; undefined before planning. */
export function timesSourceText(t: TFunction, tour: Pick<TimesOrigin, "routingProvider" | "estimatedShare">, locale: Locale): string | undefined {
  if (!tour.routingProvider) return undefined;
  const share = new Intl.NumberFormat(INTL_LOCALE[locale], { style: "percent", maximumFractionDigits: 0 }).format(tour.estimatedShare ?? 0);
  return t(`routing.times.${tour.routingProvider}`, { share });
}

/** "Départ du dépôt à 07:45, retour vers 15:10, 128 km."; undefined when the tour was not planned. */
export function depotText(t: TFunction, tour: TimesOrigin, locale: Locale): string | undefined {
  if (!tour.plannedStart || !tour.plannedEnd) return undefined;
  const km = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 0 }).format((tour.plannedDistanceM ?? 0) / 1000);
  return t("routing.depot", { start: formatTime(new Date(tour.plannedStart), locale), end: formatTime(new Date(tour.plannedEnd), locale), km });
}
