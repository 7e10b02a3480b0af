/**
 * What to bake for a day, by product, and for which departure: each round's bread is ready when
 * it stops at the bakery (or, until its day is planned, before the round leaves).
 */
import type { BreadDay } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { addDays, dayLabel, parisToday } from "../coordinator/week-dates";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { TextField } from "../ui/text-field";
import { bakeryApi, productionCsv, productionSheet } from "./bakery-api";
import { BreadQuantities } from "./bread-quantities";
import { CutoffNote } from "./bread-day-panel";
import { collection, roundNames } from "./round-words";
import "./bakery.css";

/** The first coming day with bread to bake (ordered, the bakery open), so the screen opens on the next bake. */
async function nextBakeDay(): Promise<string> {
  const today = parisToday();
  const coming = await bakeryApi.bread(addDays(today, 1), addDays(today, 14));
  return coming.find((d) => d.total > 0 && !d.bakeryClosed)?.date ?? addDays(today, 1);
}

export function ProductionPage() {
  const { t } = useTranslation();
  usePageTitle(t("bakery.production.title"));
  const [date, setDate] = useState<string>();
  const [first, retry] = useLoad(nextBakeDay, []);
  const shown = date ?? (first.status === "ready" ? first.data : undefined);
  return (
    <>
      <h1>{t("bakery.production.title")}</h1>
      <LoadState load={first} retry={retry}>
        {() => shown && (
          <>
            <div className="toolbar">
              <TextField label={t("bakery.production.date")} type="date" value={shown} onChange={(e) => e.target.value && setDate(e.target.value)} />
            </div>
            <ProductionOfDay date={shown} />
          </>
        )}
      </LoadState>
    </>
  );
}

function ProductionOfDay({ date }: { date: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [days, retry] = useLoad(() => bakeryApi.bread(date, date), [date]);
  const label = dayLabel(date, locale);
  return (
    <LoadState load={days} retry={retry}>
      {(found) => {
        const day: BreadDay | undefined = found[0];
        if (!day || day.total === 0) {
          return (
            <div className="panel">
              <p>{t("bakery.production.nothing", { day: label })}</p>
              {day && <CutoffNote day={day} />}
            </div>
          );
        }
        const rounds = day.rounds.filter((r) => r.total > 0).sort((a, b) => (a.collectAt ?? a.departure ?? "").localeCompare(b.collectAt ?? b.departure ?? ""));
        const names = roundNames(t, rounds);
        return (
          <>
            <section className="panel" aria-labelledby="bake-total">
              <h2 id="bake-total">{t(day.bakeryClosed ? "bakery.production.notCollected" : "bakery.production.toBake", { day: label, count: day.total })}</h2>
              {day.bakeryClosed ? <p className="alert alert--warning">{t("bakery.day.bakeryClosed")}</p> : <CutoffNote day={day} />}
              <BreadQuantities products={day.products} caption={t("bakery.production.byProduct")} />
              <p className="actions">
                <a href={productionSheet(date)} target="_blank" rel="noreferrer">{t("bakery.production.print", { day: label })}</a>
                <a href={productionCsv(date)}>{t("bakery.production.csv", { day: label })}</a>
              </p>
            </section>
            <section className="panel" aria-labelledby="bake-departures">
              <h2 id="bake-departures">{t("bakery.production.byDeparture")}</h2>
              {rounds.map((round, i) => (
                <div key={`${round.tourId ?? round.roundName}-${round.carrier.id}`} className="bread-round">
                  <h3>{names[i]}</h3>
                  <p>{collection(t, locale, round)}</p>
                  <BreadQuantities products={round.products} caption={t("bakery.production.forRound", { round: names[i], count: round.total })} />
                </div>
              ))}
            </section>
          </>
        );
      }}
    </LoadState>
  );
}
