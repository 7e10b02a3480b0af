import "./resident.css";
import { Link } from "react-router";
import { formatEuros } from "../coordinator/money";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { useActingHousehold } from "../auth/acting-household-context";
import { useLocale } from "../i18n/use-locale";
import { weekdayName } from "../format/date-time";
import { usePageTitle } from "../layout/use-page-title";
import { passagesOrSnapshot } from "./order-data";
import { pendingFor } from "./pending-baskets";
import { describeResidentError } from "./describe-resident-error";
import { cutoffSentence, lateSentence, movedSentence, passageSentence, timeSentence } from "./passage-text";
import { useOrderingVoice } from "./use-ordering-voice";
import { usePendingSync } from "./use-pending-sync";
import { MemberBaskets } from "../amap/member-baskets";
import { ShortfallNotice } from "../ordering/shortfall-notice";

/** "When does the truck come, and what did I order": the resident's first screen. */
export function ResidentHome() {
  const { t } = useOrderingVoice();
  const locale = useLocale();
  const { household } = useActingHousehold();
  usePageTitle(t("resident.home.title"));
  const sent = usePendingSync();
  const householdId = household?.id ?? "";
  const [load, retry] = useLoad(async () => {
    const [{ passages, offline }, pending] = await Promise.all([passagesOrSnapshot(householdId), pendingFor(householdId)]);
    return { passages, offline, pending };
  }, [householdId, sent]);

  if (!household) return <h1>{t("resident.home.noHousehold")}</h1>;
  return (
    <>
      <h1>{t("resident.home.title")}</h1>
      <p className="lead">{t("resident.home.for", { name: household.name })}</p>
      <LoadState load={load} retry={retry} describe={(_, error) => describeResidentError(t, error)}>
        {({ passages, offline, pending }) => (
          <>
            {offline && <p className="alert alert--info">{t("resident.home.offline")}</p>}
            {passages.length === 0 && <p>{t("resident.home.noPassage")}</p>}
            <ul className="passages">
              {passages.map((p) => {
                const waiting = pending.find((b) => b.passageId === p.id);
                const time = timeSentence(t, p, locale);
                const moved = movedSentence(t, p, locale);
                const late = lateSentence(t, p, locale);
                return (
                  <li key={p.id} className="card passage">
                    <h2>{passageSentence(t, p, locale)}</h2>
                    <p className={time.provisional ? "passage__time" : "passage__eta"}>{time.text}</p>
                    {moved && <p className="alert alert--info">{moved}</p>}
                    {late && <p className="alert alert--warning" role="status">{late}</p>}
                    <p>{p.open ? cutoffSentence(t, p, locale) : t("resident.passage.closed")}</p>
                    {p.closedBakeries.map((b) => <p key={b.name}>{t("resident.passage.noBread", { bakery: b.name, weekday: weekdayName(b.weekday, locale) })}</p>)}
                    <p className="passage__order" role="status">
                      {waiting
                        ? waiting.refusedCode
                          ? t("resident.order.refused")
                          : t("resident.order.notSent")
                        : p.order && p.order.status !== "cancelled"
                          ? t("resident.order.received", { total: formatEuros(p.order.totalCents, locale) })
                          : t("resident.order.none")}
                    </p>
                    {!waiting && p.order && p.order.status !== "cancelled" && <ShortfallNotice lines={p.order.shortLines} t={t} />}
                    <Link className="button button--primary" to={`/commande/${p.id}`}>
                      {p.open ? (p.order && p.order.status !== "cancelled" ? t("resident.home.change") : t("resident.home.order")) : t("resident.home.see")}
                    </Link>
                  </li>
                );
              })}
            </ul>
            {!offline && <MemberBaskets householdId={householdId} />}
          </>
        )}
      </LoadState>
    </>
  );
}
