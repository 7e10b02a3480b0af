import type { CallRequestSchema } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { Link } from "react-router";
import type * as z from "zod/mini";
import { useLocale } from "../i18n/use-locale";
import { ShortTextForm } from "../live/short-text-form";
import { coordinatorApi } from "./coordinator-api";
import { dayLabel } from "./week-dates";

type CallRequest = z.infer<typeof CallRequestSchema>;

/** Calls the coordination owes: a relay was told it would be called when an order went beyond what the household can order this month. */
export function CallRequests({ calls, onChanged }: { calls: readonly CallRequest[]; onChanged(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!calls.length) return null;
  return (
    <>
      <h3>{t("coordinator.calls.title")}</h3>
      <ul className="plain-list">
        {calls.map((c) => {
          const who = c.requestedBy.organisationName ?? c.requestedBy.displayName;
          return (
            <li key={c.id}>
              <strong>
                {t("coordinator.calls.beyondLimit", { name: c.householdName, who, day: c.passageDate ? dayLabel(c.passageDate, locale) : "—" })}
              </strong>{" "}
              {c.requestedBy.phone && t("coordinator.calls.phone", { who, phone: c.requestedBy.phone })}{" "}
              <Link to={`/coordination/foyers/${c.householdId}`}>{t("coordinator.week.seeHousehold", { name: c.householdName })}</Link>
              <ShortTextForm label={t("coordinator.calls.outcome")} submit={t("coordinator.calls.done", { name: c.householdName })} required onSubmit={(text) => coordinatorApi.callDone(c.id, text)} onDone={onChanged} />
            </li>
          );
        })}
      </ul>
    </>
  );
}
