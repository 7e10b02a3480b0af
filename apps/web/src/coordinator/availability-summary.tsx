import type { Driver } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { useLocale } from "../i18n/use-locale";
import { AvailabilityForm } from "./availability-form";
import { minuteText } from "./money";
import { dayLabel } from "./week-dates";

/** A driver's week, then their dated exceptions, in words. */
export function AvailabilitySummary({ driver }: { driver: Driver }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const hours = (s: Driver["availability"][number]) => ({ from: minuteText(s.fromMinute), to: minuteText(Math.min(s.toMinute, 1439)) });
  if (driver.availability.length === 0) return <p>{t("coordinator.fleet.noAvailability")}</p>;
  return (
    <ul className="plain-list">
      {driver.availability.map((s, i) => (
        <li key={i}>
          {s.weekday !== null
            ? t("coordinator.fleet.slot", { day: t(`coordinator.weekdays.${s.weekday}`), ...hours(s) })
            : s.available
              ? t("coordinator.fleet.datedSlot", { date: dayLabel(s.date ?? "", locale), ...hours(s) })
              : t("coordinator.fleet.datedOff", { date: dayLabel(s.date ?? "", locale) })}
        </li>
      ))}
    </ul>
  );
}

/** Opens the editor of a driver's availability; it stays open after a save, showing what was saved. */
export function AvailabilityToggle({ driver, organisationId, onSaved }: { driver: Driver; organisationId: string; onSaved(): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t("coordinator.fleet.editAvailability", { name: driver.displayName })}
      </button>
      {open && <AvailabilityForm driver={driver} organisationId={organisationId} onSaved={onSaved} />}
    </>
  );
}
