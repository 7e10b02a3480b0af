import "../resident/resident.css";
import "./relay.css";
import type { RelayHousehold } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { useNavigate } from "react-router";
import { useActingHousehold } from "../auth/acting-household-context";
import { LoadState } from "../coordinator/load-state";
import { formatEuros } from "../coordinator/money";
import { useLoad } from "../coordinator/use-load";
import { formatDate, formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { ShortfallNotice } from "../ordering/shortfall-notice";
import { orderingVoice, voicedT } from "../resident/ordering-voice";
import { passageSentence, timeSentence } from "../resident/passage-text";
import { relayApi } from "./relay-api";
import { amountToPay, byUrgency, passageState, stillToOrder } from "./relay-week";

/** The relay's week on one screen: every household it orders for, its next passages, what is ordered and what is still to order. */
export function RelayHome() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t("relay.home.title"));
  const [load, retry] = useLoad(() => relayApi.households(), []);
  return (
    <>
      <h1>{t("relay.home.title")}</h1>
      <LoadState load={load} retry={retry}>
        {(households) => {
          if (!households.length) return <p>{t("relay.home.none")}</p>;
          const missing = stillToOrder(households);
          const firstCutoff = missing.map((m) => m.passage.cutoffAt).sort()[0];
          return (
            <>
              <p className={`alert ${missing.length ? "alert--warning" : "alert--info"}`} role="status">
                {missing.length
                  ? t(missing.length === 1 ? "relay.home.toOrderOne" : "relay.home.toOrderMany", { count: missing.length, names: [...new Set(missing.map((m) => m.household.name))].join(", "), day: formatDate(new Date(firstCutoff!), locale) })
                  : t("relay.home.allOrdered")}
              </p>
              <ul className="passages">
                {byUrgency(households).map((h) => (
                  <HouseholdCard key={h.id} household={h} />
                ))}
              </ul>
            </>
          );
        }}
      </LoadState>
    </>
  );
}

function HouseholdCard({ household }: { household: RelayHousehold }) {
  const { t: plainT } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { choose } = useActingHousehold();
  const t = voicedT(plainT, orderingVoice({ name: household.name, relation: "delegated" }));
  const [next, ...later] = household.passages;
  const open = (path: string) => {
    choose(household.id);
    void navigate(path);
  };
  return (
    <li className="card passage relay-household" aria-labelledby={`household-${household.id}`}>
      <h2 id={`household-${household.id}`}>{t("relay.household.title", { name: household.name, city: household.city })}</h2>
      {!next ? (
        <p>{t("relay.household.noPassage")}</p>
      ) : (
        <>
          <p className="relay-household__when">{passageSentence(t, next, locale)}</p>
          <TimeLine text={timeSentence(t, next, locale)} />
          <PassageState passage={next} />
          {next.order && next.order.status !== "cancelled" && <ShortfallNotice lines={next.order.shortLines} t={t} />}
          {passageState(next) !== "closed-none" && (
            <button type="button" className="button button--primary" onClick={() => open(`/commande/${next.id}`)}>
              {t(`relay.household.action.${passageState(next)}`, { name: household.name })}
            </button>
          )}
        </>
      )}
      {later.length > 0 && (
        <ul className="plain-list relay-household__later">
          {later.map((p) => (
            <li key={p.id}>
              <button type="button" className="link-button" onClick={() => open(`/commande/${p.id}`)}>
                {t(`relay.household.later.${passageState(p)}`, { day: formatDate(new Date(p.windowStart), locale), amount: formatEuros(amountToPay(p) ?? 0, locale) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="relay-household__delegation">
        {t("relay.household.delegation", {
          day: formatDate(new Date(household.grantedAt), locale),
          covers: household.covers.map((c) => t(`relay.covers.${c}`)).join(t("relay.covers.and")),
        })}
      </p>
    </li>
  );
}

function PassageState({ passage }: { passage: RelayHousehold["passages"][number] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const state = passageState(passage);
  const amount = formatEuros(amountToPay(passage) ?? 0, locale);
  const cutoff = new Date(passage.cutoffAt);
  const until = { day: formatDate(cutoff, locale), time: formatTime(cutoff, locale) };
  if (state === "to-order") return <p className="relay-state relay-state--todo">{t("relay.state.toOrder", until)}</p>;
  if (state === "ordered") return <p className="relay-state relay-state--done">{t("relay.state.ordered", { amount, ...until })}</p>;
  if (state === "closed-ordered") return <p className="relay-state relay-state--done">{t("relay.state.closedOrdered", { amount })}</p>;
  return <p className="relay-state">{t("relay.state.closedNone")}</p>;
}

/** The time as honestly as it is known: the time told once the round is published, else the window, said to be provisional. */
function TimeLine({ text }: { text: { text: string; provisional: boolean } }) {
  return <p className={text.provisional ? "passage__time" : "passage__eta"}>{text.text}</p>;
}
