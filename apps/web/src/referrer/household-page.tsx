import "./referrer.css";
import { useEffect } from "react";
import { useTranslation } from "../i18n/use-translation";
import { Link, useLocation, useParams } from "react-router";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { usePageTitle } from "../layout/use-page-title";
import { AttendancePanel } from "./attendance-panel";
import { EligibilityHistory } from "./eligibility-history";
import { referrerApi } from "./referrer-api";
import { RenewalForm } from "./renewal-form";
import { RequestList } from "./request-list";
import { StandingBadge } from "./standing-badge";

/** One household as its referrer needs it: who and how to reach them, their rights and their history, a renewal, and whether they still come. */
export function ReferrerHouseholdPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { hash } = useLocation();
  const [household, retry] = useLoad(() => referrerApi.household(id), [id]);
  usePageTitle(household.status === "ready" ? household.data.name : t("referrer.households.title"));
  const ready = household.status === "ready";
  useEffect(() => {
    if (ready && hash) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [ready, hash]);
  return (
    <LoadState load={household} retry={retry}>
      {(h) => (
        <>
          <h1>{h.name}</h1>
          <p className="lead">
            <StandingBadge household={h} />
          </p>
          <section aria-labelledby="identity-title" className="panel">
            <h2 id="identity-title">{t("referrer.household.identity")}</h2>
            <dl className="facts">
              <dt>{t("referrer.household.address")}</dt>
              <dd>{`${h.addressLine}, ${h.postcode} ${h.city}`}</dd>
              <dt>{t("referrer.household.phone")}</dt>
              <dd>{h.phone ?? t("referrer.household.noPhone")}</dd>
              <dt>{t("referrer.household.contact")}</dt>
              <dd>{t(`referrer.household.contactChannels.${h.contactChannel}`, { defaultValue: h.contactChannel })}</dd>
              <dt>{t("referrer.household.people")}</dt>
              <dd>{h.peopleCount}</dd>
              <dt>{t("referrer.household.mobility")}</dt>
              <dd>{t(`referrer.household.mobilities.${h.mobility}`)}</dd>
              <dt>{t("referrer.household.grocery")}</dt>
              <dd>{h.organisationName}</dd>
            </dl>
          </section>
          <section aria-labelledby="renouveler" className="panel">
            <h2 id="renouveler" tabIndex={-1}>{t("referrer.renewal.title")}</h2>
            <RenewalForm household={h} onSent={retry} />
          </section>
          <section aria-labelledby="history-title" className="panel">
            <h2 id="history-title">{t("referrer.household.history")}</h2>
            <EligibilityHistory eligibilities={h.eligibilities} />
          </section>
          <section aria-labelledby="attendance-title" className="panel">
            <h2 id="attendance-title">{t("referrer.household.attendance")}</h2>
            <AttendancePanel attendance={h.attendance} />
          </section>
          {h.requests.length > 0 && (
            <section aria-labelledby="requests-title" className="panel">
              <h2 id="requests-title">{t("referrer.household.requests")}</h2>
              <RequestList requests={h.requests} onChanged={retry} />
            </section>
          )}
          <p>
            <Link to="/orientation/foyers">{t("referrer.households.title")}</Link>
          </p>
        </>
      )}
    </LoadState>
  );
}
