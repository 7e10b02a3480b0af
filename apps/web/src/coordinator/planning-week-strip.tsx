import type { PlanningCalendarDay } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { useLocale } from "../i18n/use-locale";
import { addDays, dayLabel, weekDays } from "./week-dates";

export type DayState = "none" | "toPlan" | "planned" | "published" | "started";

/** Where a day stands: nothing to plan, passages to plan, rounds planned, published, or under way. */
export function dayState(day: PlanningCalendarDay | undefined): DayState {
  if (!day) return "none";
  if (day.rounds.started) return "started";
  if (day.rounds.published) return "published";
  if (day.rounds.planned) return "planned";
  return day.halts + day.homeDrops > 0 ? "toPlan" : "none";
}

interface Props {
  monday: string;
  days: readonly PlanningCalendarDay[];
  selected: string | undefined;
  onSelect(date: string): void;
  onWeek(monday: string): void;
}

/** A week of days: which have passages, orders, rounds planned or published. A day without passages cannot be chosen. */
export function PlanningWeekStrip({ monday, days, selected, onSelect, onWeek }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <nav className="week-strip" aria-label={t("coordinator.planning.weekStrip", { day: dayLabel(monday, locale) })}>
      <div className="toolbar">
        <button type="button" className="button" onClick={() => onWeek(addDays(monday, -7))}>
          {t("coordinator.week.previous")}
        </button>
        <p className="toolbar__label">{t("coordinator.planning.weekStrip", { day: dayLabel(monday, locale) })}</p>
        <button type="button" className="button" onClick={() => onWeek(addDays(monday, 7))}>
          {t("coordinator.week.next")}
        </button>
      </div>
      <ul className="week-strip__days">
        {weekDays(monday).map((date) => {
          const day = days.find((d) => d.date === date);
          const state = dayState(day);
          const stops = day ? day.halts + day.homeDrops : 0;
          return (
            <li key={date}>
              <button
                type="button"
                className={`week-strip__day week-strip__day--${state}`}
                aria-pressed={date === selected}
                disabled={stops === 0}
                onClick={() => onSelect(date)}
              >
                <span className="week-strip__date">{shortDay(date, locale)}</span>
                <span>
                  {stops ? t("coordinator.planning.dayStops", { count: stops }) : t("coordinator.planning.dayNone")}
                  {day && day.orders > 0 && <span className="week-strip__line">{t("coordinator.planning.dayOrders", { count: day.orders })}</span>}
                  {state !== "none" && <span className="week-strip__line week-strip__state">{t(`coordinator.planning.dayState.${state}`)}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** A day in a few letters, as a calendar heads its columns, e.g. "mar. 8 déc.". */
function shortDay(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "fr-FR", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`));
}
