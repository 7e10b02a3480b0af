/** The round, offline: stops in planned order with ETA, the map, what to do at each stop, and the end-of-round summary. */
import { Fragment, lazy, Suspense, useEffect, useMemo, useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { useParams } from "react-router";
import type { MapLine, MapMarker } from "../map/map-view";
import { finishClosing } from "./close-round";
import { closedRound, reassignedRound, openDriverDb, type ClosedRound, type JournalEntry, type StoredRejection, type StoredRound } from "./driver-db";
import { corridorPoints, prepareRound } from "./prepare-round";
import { PickupCard } from "./pickup-card";
import { ClosedRoundPanel, RoundSummaryPanel } from "./round-summary";
import { nextStopNumber, roundView, stopNumber, summarise, tripLoading } from "./round-view";
import { ReloadCard } from "./reload-card";
import { StopCard } from "./stop-card";
import { formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { RoutingNote } from "../ui/routing-note";
import { SyncBar } from "./sync-bar";
import { useDriverSync } from "./use-driver-sync";
import "./driver.css";

// The stop list comes first; Leaflet, the heaviest part of these screens, arrives just after.
// (Importing anything else from "../map" would bring Leaflet back into this screen's chunk.)
const MapView = lazy(async () => ({ default: (await import("../map/map-view")).MapView }));

type Loaded = { status: "loading" } | { status: "missing" } | { status: "reassigned" } | { status: "closed"; closed: ClosedRound } | { status: "ready"; round: StoredRound };

/** The phone's position while the map is open (the browser asks the driver first); never sent anywhere. */
function usePosition(wanted: boolean): { lat: number; lng: number } | null {
  const [pos, setPos] = useState<{ lat: number; lng: number } | null>(null);
  useEffect(() => {
    if (!wanted || !navigator.geolocation) return;
    const id = navigator.geolocation.watchPosition((p) => setPos({ lat: p.coords.latitude, lng: p.coords.longitude }), () => setPos(null), { maximumAge: 30_000 });
    return () => navigator.geolocation.clearWatch(id);
  }, [wanted]);
  return pos;
}

export function RoundPage() {
  const { tourId = "" } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const sync = useDriverSync();
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const [journal, setJournal] = useState<JournalEntry[]>([]);
  const [rejections, setRejections] = useState<StoredRejection[]>([]);
  const [unsent, setUnsent] = useState<ReadonlySet<string>>(new Set());
  const [mapOpen, setMapOpen] = useState(false);
  const position = usePosition(mapOpen);

  useEffect(() => {
    void (async () => {
      const closed = await closedRound(tourId);
      if (closed) return setLoaded({ status: "closed", closed });
      const db = await openDriverDb();
      const stored = await db.get("rounds", tourId);
      if (stored) return setLoaded({ status: "ready", round: stored });
      try {
        setLoaded({ status: "ready", round: await prepareRound(tourId) });
      } catch {
        // Not this driver's any more (or no network): a round handed to another driver says so.
        setLoaded((await reassignedRound(tourId)) ? { status: "reassigned" } : { status: "missing" });
      }
    })();
  }, [tourId]);

  // Local changes, pushes and pulls bump the revision: read the round, the journal and the refusals again.
  useEffect(() => {
    void (async () => {
      const db = await openDriverDb();
      const [stored, entries, refused, queued] = await Promise.all([db.get("rounds", tourId), db.getAllFromIndex("journal", "byTour", tourId), db.getAll("rejections"), db.getAllKeys("outbox")]);
      if (stored) setLoaded((l) => (l.status === "ready" ? { status: "ready", round: stored } : l));
      else if (await reassignedRound(tourId)) setLoaded((l) => (l.status === "ready" ? { status: "reassigned" } : l));
      setJournal(entries);
      setRejections(refused.filter((r) => r.tourId === tourId));
      setUnsent(new Set(queued));
    })();
  }, [tourId, sync.revision]);

  const round = loaded.status === "ready" ? loaded.round : null;
  const view = useMemo(() => (round ? roundView(round, journal, rejections) : []), [round, journal, rejections]);
  const summary = useMemo(() => summarise(view, journal, round?.takings, unsent, round?.takingsFor), [view, journal, round, unsent]);
  const lastClose = journal.filter((m) => m.kind === "tour.closed").at(-1);
  const closing = lastClose !== undefined && !rejections.some((r) => r.id === lastClose.id);

  // A close recorded without network finishes by itself once it is sent.
  useEffect(() => {
    if (!round || !closing || sync.pending > 0 || sync.running) return;
    void finishClosing(round.tour.id, round.tour.date, summary).then((r) => r.kind === "closed" && setLoaded({ status: "closed", closed: r.closed }));
  }, [round, closing, sync.pending, sync.running, summary]);
  // The same numbers as the stop list below: the position in the round.
  const next = nextStopNumber(view, round?.pickups ?? []);
  const markers = useMemo<MapMarker[]>(() => {
    const kind = (n: number, done: boolean): MapMarker["kind"] => (n === next ? "next" : done ? "done" : "stop");
    const title = (n: number, name: string) => `${n} – ${name}${n === next ? ` (${t("driver.round.next")})` : ""}`;
    return [
      ...(round?.pickups ?? []).map((p): MapMarker => {
        const n = p.sequence + 1;
        return { id: `pickup-${p.sequence}`, position: { lat: p.latitude, lng: p.longitude }, label: String(n), title: title(n, p.siteName), kind: kind(n, next === null || n < next) };
      }),
      ...view.map((p, i): MapMarker => {
        const n = stopNumber(p, i);
        return { id: p.id, position: { lat: p.latitude, lng: p.longitude }, label: String(n), title: title(n, p.stopName), kind: kind(n, p.done) };
      }),
      // Returns to the depot, unnumbered as in the list, with the same sign.
      ...(round?.reloads ?? []).flatMap((r): MapMarker[] => r.latitude === undefined || r.longitude === undefined ? [] : [{
        id: `reload-${r.trip}`, position: { lat: r.latitude, lng: r.longitude }, label: "↺", kind: "depot",
        title: `${t("reload.at", { site: r.siteName })} – ${t("driver.stop.eta", { time: formatTime(new Date(r.plannedArrival), locale) })}`,
      }]),
    ];
  }, [round, view, next, t, locale]);
  const lines = useMemo<MapLine[]>(
    () => (round ? [{ id: "route", kind: round.tour.geometryProvider === "osrm" ? "planned" : "straight", points: corridorPoints(round).map(([lat, lng]) => ({ lat, lng })) }] : []),
    [round],
  );

  if (loaded.status === "loading") return <p>{t("layout.loading")}</p>;
  if (loaded.status === "closed") {
    return (
      <section className="driver">
        <h1>{t("driver.closed.heading")}</h1>
        <SyncBar sync={sync} />
        <ClosedRoundPanel closed={loaded.closed} />
      </section>
    );
  }
  if (loaded.status === "reassigned") {
    return (
      <section className="driver">
        <SyncBar sync={sync} />
        <p role="alert">{t("driver.round.reassigned")}</p>
      </section>
    );
  }
  if (!round) {
    return (
      <section className="driver">
        <SyncBar sync={sync} />
        <p role="alert">{t("driver.round.notPrepared")}</p>
      </section>
    );
  }
  const unread = view.flatMap((p, i) => p.messages.filter((m) => !m.read).map(() => ({ stop: p, number: stopNumber(p, i) })));
  return (
    <section className="driver">
      <h1>{t("driver.round.title", { vehicle: round.tour.vehicleName ?? "" })}</h1>
      <SyncBar sync={sync} />
      <RoutingNote tour={round.tour} line={round.tour.geometryProvider} />
      {unread.length > 0 && (
        <p className="driver__message-cue" role="status" data-testid="new-messages">
          {t("driver.messages.cue", { count: unread.length })} <a href={`#stop-${unread[0]!.stop.id}`}>{t("driver.messages.goTo", { index: unread[0]!.number, stop: unread[0]!.stop.stopName })}</a>
        </p>
      )}
      <div className="driver__actions">
        <button type="button" className="big secondary" aria-expanded={mapOpen} aria-controls="round-map" onClick={() => setMapOpen(!mapOpen)}>
          {mapOpen ? t("driver.round.hideMap") : t("driver.round.showMap")}
        </button>
      </div>
      {mapOpen && (
        <div id="round-map">
          {!round.tilesStored && round.tilesNote !== "no-source" && <p className="driver__notice">{t("driver.round.tilesMissing")}</p>}
          <Suspense fallback={<div className="driver__map-placeholder" />}>
            <MapView label={t("driver.round.map")} markers={markers} lines={lines} background={round.tiles ?? null} position={position} positionTitle={t("driver.round.here")} />
          </Suspense>
        </div>
      )}
      <ol className="stops">
        {view.map((p, i) => {
          const number = stopNumber(p, i);
          const previous = i ? stopNumber(view[i - 1]!, i - 1) : 0;
          // Between the previous stop and this one: bakeries (numbered stops) and returns to the depot (right before the stop they name).
          const between = [
            ...(round.pickups ?? []).filter((x) => x.sequence + 1 > previous && x.sequence + 1 < number).map((x) => ({ at: x.sequence + 1, node: <PickupCard key={`pickup-${x.sequence}`} pickup={x} tourId={round.tour.id} journal={journal} rejections={rejections} /> })),
            ...(round.reloads ?? []).filter((r) => r.beforeSequence + 1 > previous && r.beforeSequence + 1 <= number).map((r) => ({ at: r.beforeSequence + 0.5, node: <ReloadCard key={`reload-${r.trip}`} reload={r} loading={tripLoading(round, r.trip)} /> })),
          ].sort((a, b) => a.at - b.at);
          return (
            <Fragment key={p.id}>
              {between.map((x) => x.node)}
              <StopCard stop={p} number={number} tourId={round.tour.id} />
            </Fragment>
          );
        })}
      </ol>
      <RoundSummaryPanel summary={summary} tourId={round.tour.id} date={round.tour.date} pending={sync.pending} closing={closing} onClosed={(closed) => setLoaded({ status: "closed", closed })} />
    </section>
  );
}
