/** Moves between months, never past the current one. */
import { useTranslation } from "../i18n/use-translation";
import { useLocale } from "../i18n/use-locale";
import { monthLabel, shiftMonth, thisMonth } from "../partner/ledger-words";
import { supplyApi } from "./supply-api";

/**
 * The month the supply screens open on: this month, or the one before while nothing has been
 * delivered this month yet (early in a month, last month's statement is the one to settle).
 */
export async function openingMonth(): Promise<string> {
  const month = thisMonth();
  const { statements } = await supplyApi.statements(month);
  return statements.some((s) => s.lines.length > 0) ? month : shiftMonth(month, -1);
}

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
