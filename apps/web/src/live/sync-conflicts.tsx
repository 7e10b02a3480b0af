import type { SyncConflictView } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { Link } from "react-router";
import { formatEuros } from "../coordinator/money";
import { formatDateTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { alertsApi } from "./alerts-api";
import { ShortTextForm } from "./short-text-form";

/** What the sync rules settled on their own, each explained in one sentence, for a coordinator to check and resolve. */
export function SyncConflicts({ conflicts, onChanged }: { conflicts: SyncConflictView[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const open = conflicts.filter((c) => !c.resolvedAt);
  const settled = conflicts.filter((c) => c.resolvedAt);
  return (
    <section className="live__conflicts" aria-labelledby="live-conflicts" data-testid="live-conflicts">
      <h2 id="live-conflicts">{t("live.conflicts", { count: open.length })}</h2>
      {conflicts.length === 0 && <p>{t("live.noConflicts")}</p>}
      <ul className="live__cards">
        {[...open, ...settled].map((c) => (
          <li key={c.id} className="live__card">
            <h3>
              {t(`live.ruleTitles.${c.rule}`)}
              {c.household && <> — <Link to={`/coordination/foyers/${c.household.id}`}>{c.household.name}</Link></>}
              {c.stopName ? ` (${c.stopName})` : ""}
            </h3>
            <p>{t(`live.rules.${c.rule}`, { amount: formatEuros(c.heldCents ?? 0, locale) })}</p>
            {c.change && (
              <p>
                {t("live.change", {
                  what: t(`live.changeKinds.${c.change.kind.replace(".", "_")}`, { defaultValue: t("live.changeKinds.other"), amount: formatEuros(c.change.amountCents ?? 0, locale), text: c.change.text ?? "" }),
                  by: c.change.by?.displayName ?? t("live.noDriver"),
                  when: formatDateTime(new Date(c.change.at), locale),
                })}
              </p>
            )}
            <p className="live__when">{formatDateTime(new Date(c.createdAt), locale)}</p>
            {c.resolvedAt ? (
              <p className="live__settled">{t("live.resolved", { who: c.resolvedBy?.displayName ?? "?", when: formatDateTime(new Date(c.resolvedAt), locale), text: c.resolution ?? "" })}</p>
            ) : (
              <ShortTextForm label={t("live.resolution")} hint={t("live.resolutionHint")} submit={t("live.resolve")} required onSubmit={(text) => alertsApi.resolve(c.id, text)} onDone={onChanged} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
