/** The screens around the contract form: starting a contract, and changing or ending one. */
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useTranslation } from "../i18n/use-translation";
import { describeError } from "../coordinator/describe-error";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { parisToday } from "../coordinator/week-dates";
import { formatDay } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { FormAlert } from "../ui/form-alert";
import { amapApi } from "./amap-api";
import { ContractForm } from "./contract-form";
import "./amap.css";

export function AmapNewContractPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t("amap.form.newTitle"));
  const [load, retry] = useLoad(() => amapApi.choices(), []);
  return (
    <>
      <p><Link to="/amap/contrats">{t("amap.contract.back")}</Link></p>
      <h1>{t("amap.form.newTitle")}</h1>
      <p className="lead">{t("amap.form.newIntro")}</p>
      <LoadState load={load} retry={retry}>
        {(choices) =>
          choices.producers.length && choices.carriers.length ? (
            <ContractForm choices={choices} onSaved={(c) => void navigate(`/amap/contrats/${c.id}`, { state: { saved: t("amap.form.created", { name: c.name }) } })} />
          ) : (
            <p className="panel">{t(choices.producers.length ? "amap.form.noCarrier" : "amap.form.noProducer")}</p>
          )
        }
      </LoadState>
    </>
  );
}

export function AmapEditContractPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const [load, retry] = useLoad(() => amapApi.contract(id), [id]);
  const [confirming, setConfirming] = useState(false);
  const [ending, setEnding] = useState(false);
  const [error, setError] = useState<string>();
  usePageTitle(load.status === "ready" ? t("amap.form.editTitle", { name: load.data.name }) : t("amap.contracts.title"));
  const back = `/amap/contrats/${id}`;
  const saved = (said: string) => void navigate(back, { state: { saved: said } });
  async function end() {
    setEnding(true);
    setError(undefined);
    try {
      const c = await amapApi.change(id, { lastDate: parisToday() });
      saved(t("amap.form.ended", { name: c.name, day: formatDay(c.lastDate, locale) }));
    } catch (err) {
      setError(describeError(t, err));
      setEnding(false);
    }
  }
  return (
    <>
      <p><Link to={back}>{t("amap.form.backToContract")}</Link></p>
      <LoadState load={load} retry={retry}>
        {(c) => (
          <>
            <h1>{t("amap.form.editTitle", { name: c.name })}</h1>
            <p className="lead">{t("amap.form.editIntro")}</p>
            <ContractForm contract={c} onSaved={(s) => saved(t("amap.form.changed", { name: s.name }))} />
            {c.lastDate > parisToday() && (
              <section className="panel" aria-labelledby="amap-end">
                <h2 id="amap-end">{t("amap.form.endTitle")}</h2>
                <p>{t("amap.form.endText", { count: c.members })}</p>
                <FormAlert message={error} />
                {confirming ? (
                  <p role="alert">
                    {t("amap.form.endConfirmText", { day: formatDay(parisToday(), locale) })}{" "}
                    <button type="button" className="button button--primary" disabled={ending} aria-busy={ending || undefined} onClick={() => void end()}>{t("amap.form.endConfirm")}</button>{" "}
                    <button type="button" className="button" onClick={() => setConfirming(false)}>{t("amap.form.endCancel")}</button>
                  </p>
                ) : (
                  <button type="button" className="button" onClick={() => setConfirming(true)}>{t("amap.form.end")}</button>
                )}
              </section>
            )}
          </>
        )}
      </LoadState>
    </>
  );
}
