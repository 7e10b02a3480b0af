import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { Link, useParams } from "react-router";
import type { NonOrderer } from "@tournee/domain";
import { useLocale } from "../../i18n/use-locale";
import { usePageTitle } from "../../layout/use-page-title";
import { FormAlert } from "../../ui/form-alert";
import { TextField } from "../../ui/text-field";
import { describeError } from "../describe-error";
import { LoadState } from "../load-state";
import { formatEuros } from "../money";
import { useLoad } from "../use-load";
import { deskApi, slipUrls } from "./desk-api";
import { cutoffLabel, dateLabel, passageLabel } from "./desk-text";

/**
 * Who has not ordered yet for a passage: the households expected there, their phone, and for
 * each "same as last time" one click away or the order desk. Paper slips print from here too.
 */
export function NonOrderersPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = "" } = useParams();
  const [load, retry] = useLoad(() => deskApi.nonOrderers(id), [id]);
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<string>();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState<string>();
  usePageTitle(t("coordinator.toCall.title"));

  async function repeat(household: NonOrderer, late: boolean) {
    setBusy(household.householdId);
    setError(undefined);
    try {
      const placed = await deskApi.repeat(household.householdId, id, { channel: "phone", lateReason: late ? reason.trim() : undefined });
      setDone(t("coordinator.toCall.repeated", { name: household.name, total: formatEuros(placed.totalCents, locale) }));
      retry();
    } catch (e) {
      setError(late && !reason.trim() ? t("coordinator.desk.reasonMissing") : describeError(t, e));
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <>
      <h1>{t("coordinator.toCall.title")}</h1>
      <LoadState load={load} retry={retry}>
        {({ passage, expected, ordered, households }) => (
          <>
            <p className="lead">{passageLabel(t, passage, locale)}</p>
            <p>{t("coordinator.toCall.summary", { expected, ordered })}</p>
            <p className={passage.open ? undefined : "alert alert--info"}>
              {passage.roundLeft
                ? t("coordinator.toCall.roundLeft")
                : passage.open ? t("coordinator.desk.cutoff", { when: cutoffLabel(t, passage, locale) }) : t("coordinator.desk.late", { when: cutoffLabel(t, passage, locale) })}
            </p>
            <p>
              {t("coordinator.toCall.slips")}{" "}
              <a href={slipUrls.passage(passage.id, "a4")} target="_blank" rel="noreferrer">{t("coordinator.toCall.slipsA4")}</a>{" · "}
              <a href={slipUrls.passage(passage.id, "a5")} target="_blank" rel="noreferrer">{t("coordinator.toCall.slipsA5")}</a>
            </p>
            {!passage.open && !passage.roundLeft && <TextField label={t("coordinator.desk.reason")} hint={t("coordinator.desk.reasonHint")} value={reason} maxLength={300} onChange={(e) => setReason(e.target.value)} />}
            {done && <p className="alert alert--info" role="status">{done}</p>}
            <FormAlert message={error} />
            {households.length === 0 ? (
              <p>{t("coordinator.toCall.everyone")}</p>
            ) : (
              <table className="table">
                <caption>{t("coordinator.toCall.caption", { count: households.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("coordinator.toCall.household")}</th>
                    <th scope="col">{t("coordinator.toCall.phone")}</th>
                    <th scope="col">{t("coordinator.toCall.lastOrder")}</th>
                    <th scope="col">{t("coordinator.toCall.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {households.map((h) => (
                    <tr key={h.householdId}>
                      <th scope="row">
                        <Link to={`/coordination/foyers/${h.householdId}`}>{h.name}</Link>
                        {h.expectedBecause === "home_drop" && <> ({t("coordinator.toCall.homeDrop")})</>}
                      </th>
                      <td className="nowrap">{h.phone ? <a href={`tel:${h.phone.replace(/\s/g, "")}`}>{h.phone}</a> : t(`coordinator.toCall.noPhone.${h.contactChannel === "via_relay" ? "relay" : "other"}`)}</td>
                      <td>
                        {h.lastOrder
                          ? t("coordinator.toCall.last", { date: dateLabel(h.lastOrder.date, locale), count: h.lastOrder.lineCount, total: formatEuros(h.lastOrder.totalCents, locale) })
                          : t("coordinator.toCall.never")}
                      </td>
                      <td>
                        <div className="actions">
                          {passage.roundLeft ? "—" : null}
                          {!passage.roundLeft && h.lastOrder && (
                            <button type="button" className="button" aria-label={t("coordinator.toCall.repeat", { name: h.name })} disabled={busy !== undefined} onClick={() => void repeat(h, !passage.open)}>
                              {t("coordinator.toCall.repeatShort")}
                            </button>
                          )}
                          {!passage.roundLeft && (
                            <Link className="button" aria-label={t("coordinator.toCall.takeOrder", { name: h.name })} to={`/coordination/foyers/${h.householdId}/commande/${passage.id}?depuis=appels`}>
                              {t("coordinator.toCall.takeOrderShort")}
                            </Link>
                          )}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <p>
              <Link to="/coordination/semaine">{t("coordinator.toCall.backToWeek")}</Link>
            </p>
          </>
        )}
      </LoadState>
    </>
  );
}
