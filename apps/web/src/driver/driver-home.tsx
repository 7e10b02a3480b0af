/** The driver's rounds: prepare one for offline use, then open it. */
import { TourSummarySchema, type TourSummary } from "@tournee/domain";
import { useEffect, useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { Link } from "react-router";
import { api } from "../api/client";
import { formatDate } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { persistStorageOnce } from "../pwa/storage-persistence";
import { reassignedRounds, openDriverDb, type ReassignedNotice, type StoredRound } from "./driver-db";
import { prepareRound } from "./prepare-round";
import { SyncBar } from "./sync-bar";
import { useDriverSync } from "./use-driver-sync";
import { RoutingNote } from "../ui/routing-note";
import { INTL_LOCALE } from "../i18n/locale";
import { TILE_BUDGET } from "./tiles";
import "./driver.css";

const unreadMessages = (round: StoredRound) => (round.messages ?? []).filter((m) => !m.read).length;

const isIos = () => /iPhone|iPad|iPod/.test(navigator.userAgent);

export function DriverHome() {
  const { t } = useTranslation();
  const locale = useLocale();
  const sync = useDriverSync();
  const [tours, setTours] = useState<TourSummary[] | null>(null);
  const [stored, setStored] = useState<Record<string, StoredRound>>({});
  const [reassigned, setReassigned] = useState<ReassignedNotice[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Pulls bring messages and new versions: read the stored rounds again after each sync.
  useEffect(() => {
    void openDriverDb()
      .then((db) => db.getAll("rounds"))
      .then((rounds) => setStored(Object.fromEntries(rounds.map((r) => [r.tour.id, r]))));
    void reassignedRounds().then(setReassigned);
  }, [sync.revision]);

  useEffect(() => {
    void persistStorageOnce();
  }, []);

  // Read again after each sync too: a round handed to this driver, or taken from them, shows at once.
  useEffect(() => {
    api.get("/api/tours", (b) => (b as unknown[]).map((x) => TourSummarySchema.parse(x))).then(
      (list) => setTours(list.filter((x) => ["published", "in_progress"].includes(x.status))),
      () => setTours((known) => known),
    );
  }, [sync.revision]);

  async function prepare(tourId: string) {
    setBusy(tourId);
    setError(null);
    try {
      const round = await prepareRound(tourId);
      setStored((s) => ({ ...s, [tourId]: round }));
    } catch {
      setError(t("driver.prepare.failed"));
    } finally {
      setBusy(null);
    }
  }

  // A round given back to this driver is listed again; the notice of one days old goes.
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const gone = reassigned.filter((h) => h.date >= yesterday && !tours?.some((x) => x.id === h.tourId));
  const ids = [...new Set([...(tours ?? []).map((x) => x.id), ...Object.keys(stored)])];
  return (
    <section className="driver">
      <h1>{t("driver.home.title")}</h1>
      <SyncBar sync={sync} />
      {isIos() && <p className="driver__notice">{t("driver.home.installIos")}</p>}
      {tours === null && <p>{t("driver.home.offlineList")}</p>}
      {error && <p role="alert">{error}</p>}
      {gone.map((h) => (
        <p key={h.tourId} className="driver__notice" role="status">
          {t("driver.home.reassigned", { date: formatDate(new Date(`${h.date}T12:00:00Z`), locale) })}
          {h.sent > 0 && <> {t("driver.home.reassignedSent", { count: h.sent })}</>}
          {h.unsent > 0 && <> {t("driver.home.reassignedUnsent", { count: h.unsent })}</>}
        </p>
      ))}
      {ids.length === 0 && tours !== null && <p>{t("driver.home.none")}</p>}
      <ul className="driver__tours">
        {ids.map((id) => {
          const summary = tours?.find((x) => x.id === id);
          const round = stored[id];
          const date = summary?.date ?? round?.tour.date ?? "";
          return (
            <li key={id} className="driver__tour">
              <h2>{formatDate(new Date(`${date}T12:00:00Z`), locale)}</h2>
              {(summary ?? round?.tour) && <RoutingNote tour={(summary ?? round?.tour)!} />}
              {round ? (
                <p data-testid="ready-offline">
                  {t("driver.prepare.ready", { stops: round.passages.length, orders: round.passages.reduce((n, p) => n + p.orders.length, 0) })}{" "}
                  {round.tilesNote === "viewed-only" || round.tilesNote === "no-source"
                    ? t(`driver.prepare.tiles.${round.tilesNote === "no-source" ? "none" : "viewedOnly"}`)
                    : t("driver.prepare.tiles.stored", { count: round.tilesStored, mb: (round.tilesBytes / 1e6).toLocaleString(INTL_LOCALE[locale], { maximumFractionDigits: 1 }), budget: TILE_BUDGET.bytes / 1e6 })}
                </p>
              ) : (
                <p>{t("driver.prepare.notYet")}</p>
              )}
              {round && unreadMessages(round) > 0 && (
                <p className="driver__message-cue" data-testid="new-messages">
                  {t("driver.messages.cue", { count: unreadMessages(round) })}
                </p>
              )}
              <div className="driver__actions">
                {summary && (
                  <button type="button" className="big" disabled={busy !== null} onClick={() => void prepare(id)}>
                    {busy === id ? t("driver.prepare.busy") : t("driver.prepare.button")}
                  </button>
                )}
                <Link className="big button" to={`/tournee/${id}`}>
                  {t("driver.home.open")}
                </Link>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
