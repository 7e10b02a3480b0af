import type { TourTemplateView } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { minuteText } from "./money";

/** A round's published timetable: its halts in driving order with the time the truck stays. */
export function TemplateTimetable({ template }: { template: TourTemplateView }) {
  const { t } = useTranslation();
  return (
    <table className="table">
      <caption>
        {t("coordinator.catalogue.template", { name: template.name, day: t(`coordinator.weekdays.${template.weekday}`), every: template.everyWeeks, time: minuteText(template.departureMinute) })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t("coordinator.stops.number")}</th>
          <th scope="col">{t("coordinator.week.stop")}</th>
          <th scope="col">{t("coordinator.catalogue.arrival")}</th>
        </tr>
      </thead>
      <tbody>
        {template.halts.map((h) => (
          <tr key={h.id}>
            <td>{h.sequence + 1}</td>
            <th scope="row">{h.stopName}</th>
            <td>{t("coordinator.catalogue.window", { from: minuteText(h.arrivalMinute), to: minuteText(h.arrivalMinute + h.dwellMinutes) })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
