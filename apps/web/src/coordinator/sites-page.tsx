import type { Site, SiteInput } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { usePageTitle } from "../layout/use-page-title";
import { coordinatorApi } from "./coordinator-api";
import { RetireAction } from "./fleet-retire";
import { LoadState } from "./load-state";
import { PinMap } from "./pin-map";
import { readPosition } from "./pin-step";
import { EMPTY_SITE, SiteForm, siteDraft, type SiteDraft } from "./site-form";
import { useLoad } from "./use-load";
import { useCoordinatedOrganisation } from "./use-organisation";

const fixed = (n: number) => n.toFixed(5);

/**
 * Depots, warehouses, bakeries and farms on a map: add one, move it (address search, pin, buttons
 * or typed position), change its opening hours, retire it once no vehicle starts from it, or put
 * a retired one back in use. Vehicles choose their home site on the fleet screen.
 */
export function SitesPage() {
  const { t } = useTranslation();
  usePageTitle(t("coordinator.sites.title"));
  const organisation = useCoordinatedOrganisation();
  const [sites, retry] = useLoad(() => coordinatorApi.sites(true), []);
  const [draft, setDraft] = useState<SiteDraft>(EMPTY_SITE);
  const [message, setMessage] = useState<string>();

  const save = (fields: Omit<SiteInput, "organisationId">) =>
    draft.id ? coordinatorApi.updateSite(draft.id, fields) : coordinatorApi.createSite({ ...fields, organisationId: organisation!.id });

  return (
    <>
      <h1>{t("coordinator.sites.title")}</h1>
      <p>{t("coordinator.sites.intro")}</p>
      {message && <p role="status" className="alert alert--info">{message}</p>}
      <LoadState load={sites} retry={retry}>
        {(list) => {
          const inUse = list.filter((s) => !s.archived);
          const retired = list.filter((s) => s.archived);
          return (
            <div className="split">
              <PinMap
                label={t("coordinator.sites.mapLabel")}
                help={t("coordinator.sites.mapHelp")}
                pins={inUse.map((s, i) => ({ id: s.id, lat: s.latitude, lng: s.longitude, title: `${s.name} (${t(`coordinator.sites.kinds.${s.kind}`)})`, label: String(i + 1), selected: s.id === draft.id }))}
                onMove={(id, lat, lng) => {
                  const site = inUse.find((s) => s.id === id);
                  if (site) setDraft({ ...siteDraft(site), latitude: fixed(lat), longitude: fixed(lng) });
                }}
                draft={readPosition(draft.latitude, draft.longitude)}
                onPlace={(lat, lng) => setDraft((d) => ({ ...d, latitude: fixed(lat), longitude: fixed(lng) }))}
              />
              <div>
                <SiteForm draft={draft} onChange={setDraft} onSave={save} onSaved={(site) => { setDraft(siteDraft(site)); retry(); }} />
                <SiteTable sites={inUse} onEdit={(s) => setDraft(siteDraft(s))} onDone={(m) => { setMessage(m); setDraft(EMPTY_SITE); retry(); }} />
                {retired.length > 0 && <RetiredSites sites={retired} onDone={(m) => { setMessage(m); retry(); }} />}
              </div>
            </div>
          );
        }}
      </LoadState>
    </>
  );
}

function SiteTable({ sites, onEdit, onDone }: { sites: Site[]; onEdit(site: Site): void; onDone(message: string): void }) {
  const { t } = useTranslation();
  return (
    <table className="table">
      <caption>{t("coordinator.sites.count", { count: sites.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("coordinator.stops.number")}</th>
          <th scope="col">{t("coordinator.sites.name")}</th>
          <th scope="col">{t("coordinator.sites.vehicles")}</th>
          <th scope="col">{t("coordinator.sites.retireColumn")}</th>
        </tr>
      </thead>
      <tbody>
        {sites.map((s, i) => (
          <tr key={s.id}>
            <td>{i + 1}</td>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => onEdit(s)}>{s.name}</button>
              <br />
              <span className="field__hint">{[t(`coordinator.sites.kinds.${s.kind}`), s.city].filter(Boolean).join(", ")}</span>
            </th>
            <td>{s.vehicles.length ? s.vehicles.map((v) => v.name).join(", ") : t("coordinator.sites.noVehicle")}</td>
            <td>
              {s.vehicles.length ? (
                <span className="field__hint">{t("coordinator.sites.inUse")}</span>
              ) : (
                <RetireAction
                  label={t("coordinator.sites.retire", { name: s.name })}
                  question={t("coordinator.sites.retireQuestion", { name: s.name })}
                  confirmLabel={t("coordinator.sites.retireConfirm")}
                  action={async () => {
                    await coordinatorApi.updateSite(s.id, { archived: true });
                    return t("coordinator.sites.retired", { name: s.name });
                  }}
                  onDone={onDone}
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RetiredSites({ sites, onDone }: { sites: Site[]; onDone(message: string): void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="retired-sites" className="panel">
      <h2 id="retired-sites">{t("coordinator.sites.retiredTitle")}</h2>
      <ul className="plain-list">
        {sites.map((s) => (
          <li key={s.id}>
            {`${s.name} (${t(`coordinator.sites.kinds.${s.kind}`)}) `}
            <button
              type="button"
              className="button"
              onClick={() => void coordinatorApi.updateSite(s.id, { archived: false }).then(() => onDone(t("coordinator.sites.reinstated", { name: s.name })))}
            >
              {t("coordinator.sites.reinstate", { name: s.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
