import "./planning.css";
import { useEffect, useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { useSearchParams } from "react-router";
import { usePageTitle } from "../layout/use-page-title";
import { LoadState } from "./load-state";
import { planningApi } from "./planning-api";
import { PlanningDayPanel } from "./planning-day-panel";
import { PlanningWeekStrip } from "./planning-week-strip";
import { PlanningWeeks } from "./planning-weeks";
import { useLoad } from "./use-load";
import { addDays, mondayOf, parisToday } from "./week-dates";

/**
 * Plan one day, or several weeks from it. Opens on the next day with passages to plan (or the day in `?date=`); a week strip
 * shows which days have passages, orders, and rounds planned or published; days without
 * passages cannot be chosen.
 */
export function PlanningPage() {
  const { t } = useTranslation();
  usePageTitle(t("coordinator.planning.title"));
  const [params, setParams] = useSearchParams();
  const asked = params.get("date") ?? undefined;
  const [date, setDate] = useState<string | undefined>(asked);
  const [monday, setMonday] = useState(() => mondayOf(asked ?? parisToday()));
  const [calendar, reloadCalendar] = useLoad(() => planningApi.calendar(monday, addDays(monday, 6)), [monday]);

  useEffect(() => {
    if (date || calendar.status !== "ready") return;
    const next = calendar.data.nextToPlan ?? parisToday();
    setDate(next);
    setMonday(mondayOf(next));
  }, [calendar, date]);

  function choose(day: string) {
    setDate(day);
    setParams({ date: day }, { replace: true });
  }

  return (
    <>
      <h1>{t("coordinator.planning.title")}</h1>
      <LoadState load={calendar} retry={reloadCalendar}>
        {({ days, nextToPlan }) => (
          <>
            <PlanningWeekStrip monday={monday} days={days} selected={date} onSelect={choose} onWeek={setMonday} />
            {nextToPlan === null && <p>{t("coordinator.planning.nothingAhead")}</p>}
          </>
        )}
      </LoadState>
      {date && <PlanningDayPanel key={date} date={date} onChanged={reloadCalendar} />}
      {date && <PlanningWeeks key={`weeks-${date}`} date={date} onChanged={reloadCalendar} />}
    </>
  );
}
