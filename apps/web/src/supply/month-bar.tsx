/** Moves between months, never past the current one. */
import { useTranslation } from "react-i18next";
import { useLocale } from "../i18n/use-locale";
import { monthLabel, shiftMonth, thisMonth } from "../partner/ledger-words";

export function MonthBar({ month, onChange }: { month: string; onChange(month: string): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="toolbar">
      <button type="button" className="button" onClick={() => onChange(shiftMonth(month, -1))}>
        {t("supply.month.show", { month: monthLabel(shiftMonth(month, -1), locale) })}
      </button>
      {month < thisMonth() && (
        <button type="button" className="button" onClick={() => onChange(shiftMonth(month, 1))}>
          {t("supply.month.show", { month: monthLabel(shiftMonth(month, 1), locale) })}
        </button>
      )}
    </div>
  );
}
