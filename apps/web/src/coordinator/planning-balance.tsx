import { PLAN_BALANCES, type PlanBalance, type PlannedVehicle } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { formatDuration } from "../format/units";
import { useLocale } from "../i18n/use-locale";

/** How the next run spreads the work over the vehicles: fewest km, a shorter longest day, or even days. */
export function PlanningBalanceChoice({ value, onChange }: { value: PlanBalance; onChange(balance: PlanBalance): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="balance">
      <legend>{t("coordinator.planning.balance.legend")}</legend>
      {PLAN_BALANCES.map((b) => (
        <label key={b} className="check">
          <input type="radio" name="balance" value={b} checked={value === b} onChange={() => onChange(b)} />
          {t(`coordinator.planning.balance.${b}`)}
        </label>
      ))}
      <p className="field__hint">{t("coordinator.planning.balance.hint")}</p>
    </fieldset>
  );
}

/** A vehicle's working day, from leaving the depot to coming back (null when not known). */
export function workingSeconds(v: Pick<PlannedVehicle, "departure" | "return">): number | null {
  return v.departure && v.return ? Math.round((new Date(v.return).getTime() - new Date(v.departure).getTime()) / 1000) : null;
}

/** The longest and the shortest working day of the vehicles that go out, and the gap between them. */
export function WorkingDaysSpread({ vehicles }: { vehicles: readonly PlannedVehicle[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const days = vehicles.map(workingSeconds).filter((s): s is number => s !== null && s > 0);
  if (days.length < 2) return null;
  const longest = Math.max(...days);
  const shortest = Math.min(...days);
  return (
    <p>
      {t("coordinator.planning.balance.spread", {
        longest: formatDuration(longest, locale), shortest: formatDuration(shortest, locale), gap: formatDuration(longest - shortest, locale),
      })}
    </p>
  );
}
