import type { Attendance } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { formatDay } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";

/** Whether the household still comes to the truck, only if it agreed that its referrer be told; never what it ordered. */
export function AttendancePanel({ attendance }: { attendance: Attendance }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!attendance.shared) return <p>{t("referrer.household.notShared")}</p>;
  const since = formatDay(attendance.since, locale);
  if (!attendance.passages.length) return <p>{t("referrer.household.attendanceNone", { since })}</p>;
  const count = (outcome: "attended" | "missed") => attendance.passages.filter((p) => p.outcome === outcome).length;
  return (
    <>
      <p>{t("referrer.household.attendanceSummary", { since, attended: count("attended"), missed: count("missed") })}</p>
      <ul className="plain-list">
        {attendance.passages.map((p) => (
          <li key={p.date}>{t(`referrer.household.${p.outcome}`, { date: formatDay(p.date, locale) })}</li>
        ))}
      </ul>
    </>
  );
}
