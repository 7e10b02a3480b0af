import { useTranslation } from "../i18n/use-translation";
import { useActingHousehold } from "../auth/acting-household-context";

/**
 * Lets a resident who also orders for others pick the household they act for. A relay alone
 * chooses from its list of households (/relais), where each one has its own button.
 */
export function HouseholdSwitcher() {
  const { t } = useTranslation();
  const { household, households, choose } = useActingHousehold();
  if (households.length < 2 || !household || !households.some((h) => h.relation === "own")) return null;
  return (
    <div className="field field--inline">
      <label htmlFor="acting-household">{t("layout.actingFor")}</label>
      <select id="acting-household" value={household.id} onChange={(e) => choose(e.target.value)}>
        {households.map((h) => (
          <option key={h.id} value={h.id}>
            {h.relation === "own" ? t("account.ownHousehold", { name: h.name }) : h.name}
          </option>
        ))}
      </select>
    </div>
  );
}
