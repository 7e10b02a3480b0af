/** A member's AMAP baskets on their home: when and where each arrives, what it holds, a week to skip before it closes. */
import type { AmapMemberBaskets } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { describeError } from "../coordinator/describe-error";
import { formatEuros } from "../coordinator/money";
import { useLoad } from "../coordinator/use-load";
import { dayLabel } from "../coordinator/week-dates";
import { formatDate, formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { amapApi } from "./amap-api";
import "./member.css";
import { arrivalSentence, weekLabel } from "./amap-text";

/** Baskets shown on the home: the coming ones, not the whole season. */
const SHOWN = 4;

export function MemberBaskets({ householdId }: { householdId: string }) {
  const [load, retry] = useLoad(() => amapApi.baskets(householdId), [householdId]);
  // The member's home stands without its baskets if they cannot be read (offline): the passages come first.
  if (load.status !== "ready" || load.data.length === 0) return null;
  return (
    <>
      {load.data.map((sub) => (
        <Subscription key={sub.subscriptionId} sub={sub} reload={retry} />
      ))}
    </>
  );
}

function Subscription({ sub, reload }: { sub: AmapMemberBaskets[number]; reload(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const what = sub.contract.name.toLowerCase();
  const place = sub.stop.kind === "home_drop" ? t("amap.member.home") : sub.stop.city;
  const heading = `amap-${sub.subscriptionId}`;

  async function skip(week: string, skipped: boolean) {
    setBusy(week);
    setError(undefined);
    try {
      await amapApi.skip(sub.subscriptionId, week, skipped);
      reload();
    } catch (e) {
      setError(describeError(t, e));
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section className="card passage amap-member" aria-labelledby={heading}>
      <h2 id={heading}>{t("amap.member.title", { name: what })}</h2>
      <p>{t("amap.member.contract", { producer: sub.contract.producerName, size: sub.size.name, end: dayLabel(sub.contract.lastDate, locale) })}</p>
      <FormAlert message={error} />
      {sub.baskets.length === 0 && <p>{t("amap.member.none")}</p>}
      <ul className="amap-weeks">
        {sub.baskets.slice(0, SHOWN).map((b) => (
          <li key={b.week} className="amap-week">
            <p className="amap-week__when">
              <strong>
                {b.state === "skipped"
                  ? t("amap.member.skipped", { week: weekLabel(t, b.week, locale) })
                  : arrivalSentence(t, b, what, place, locale)}
              </strong>
            </p>
            {b.state === "skipped" && <p>{t(sub.contract.skipRule === "donated" ? "amap.member.donated" : "amap.member.postponed")}</p>}
            {b.state === "handed_over" && <p>{t("amap.member.handedOver")}</p>}
            {b.state === "coming" && b.quantity > 1 && <p>{t("amap.member.withPostponed", { count: b.quantity })}</p>}
            {b.state === "coming" && b.amountCents !== null && <p>{t("amap.member.toPay", { amount: formatEuros(b.amountCents, locale) })}</p>}
            {b.composition && b.state !== "skipped" && <p>{t("amap.member.composition", { text: b.composition })}</p>}
            {b.open && b.cutoffAt && (
              <>
                <p className="cutoff">{t("amap.member.until", { day: formatDate(new Date(b.cutoffAt), locale), time: formatTime(new Date(b.cutoffAt), locale) })}</p>
                <button type="button" className="button" disabled={busy === b.week} onClick={() => void skip(b.week, b.state !== "skipped")}>
                  {b.state === "skipped" ? t("amap.member.unskip") : t("amap.member.skip")}
                </button>
              </>
            )}
            {!b.open && b.state === "coming" && <p>{t("amap.member.closed")}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
