import type { Stop } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { isApiError } from "../api/api-error";
import { usePageTitle } from "../layout/use-page-title";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { coordinatorApi } from "./coordinator-api";
import { describeError } from "./describe-error";
import type { AddressCandidate } from "./address-candidate";
import { HaltHostFields, hostFields, type HostDraft } from "../communes/halt-host-fields";
import { AddressSearch } from "./address-search";
import { LoadState } from "./load-state";
import { PinControls } from "./pin-controls";
import { PinMap } from "./pin-map";
import { readPosition } from "./pin-step";
import { useLoad } from "./use-load";
import { useCoordinatedOrganisation } from "./use-organisation";

interface Draft extends HostDraft {
  id?: string;
  kind: Stop["kind"];
  name: string;
  city: string;
  /** The commune's INSEE code the address search gave; typing the city again clears it. */
  citycode: string;
  addressLine: string;
  latitude: string;
  longitude: string;
}
const EMPTY: Draft = { kind: "halt", name: "", city: "", citycode: "", addressLine: "", latitude: "", longitude: "", hostOrganisationId: "", hostPlace: "" };
const fixed = (n: number) => n.toFixed(5);
const draftOf = (s: Stop): Draft => ({
  id: s.id, kind: s.kind, name: s.name, city: s.city, citycode: s.citycode ?? "", addressLine: s.addressLine ?? "", latitude: fixed(s.latitude), longitude: fixed(s.longitude),
  hostOrganisationId: s.hostOrganisationId ?? "", hostPlace: s.hostPlace ?? "",
});

/** Halts and home drops on a map: search the address, drag a pin or click the map, move it with buttons, or type its position. */
export function StopsPage() {
  const { t } = useTranslation();
  usePageTitle(t("coordinator.stops.title"));
  const organisation = useCoordinatedOrganisation();
  const [stops, retry] = useLoad(() => coordinatorApi.stops(), []);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string>();
  const [saved, setSaved] = useState<string>();

  async function save(event?: FormEvent, override?: Draft) {
    event?.preventDefault();
    const d = override ?? draft;
    setErrors({});
    setAlert(undefined);
    setSaved(undefined);
    const fields = { name: d.name.trim(), city: d.city.trim(), latitude: Number(d.latitude.replace(",", ".")), longitude: Number(d.longitude.replace(",", ".")), ...(d.addressLine.trim() ? { addressLine: d.addressLine.trim() } : {}), ...(d.citycode ? { citycode: d.citycode } : {}), ...(d.kind === "halt" ? hostFields(d) : {}) };
    try {
      const stop = d.id ? await coordinatorApi.updateStop(d.id, fields) : await coordinatorApi.createStop({ ...fields, organisationId: organisation!.id, kind: "halt" });
      setDraft(draftOf(stop));
      setSaved(t("coordinator.stops.saved", { name: stop.name }));
      retry();
    } catch (error) {
      if (isApiError(error)) setErrors(error.fieldMessages());
      setAlert(describeError(t, error));
    }
  }

  const place = (lat: number, lng: number) => setDraft((d) => ({ ...d, latitude: fixed(lat), longitude: fixed(lng) }));
  const pickAddress = (c: AddressCandidate) =>
    setDraft((d) => ({ ...d, addressLine: c.street ?? d.addressLine, city: c.city ?? d.city, citycode: c.citycode ?? "", latitude: fixed(c.latitude), longitude: fixed(c.longitude) }));
  const position = readPosition(draft.latitude, draft.longitude);

  const field = (name: keyof Draft) => ({
    name,
    value: draft[name] ?? "",
    error: errors[name],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value, ...(name === "city" ? { citycode: "" } : {}) }),
  });

  return (
    <>
      <h1>{t("coordinator.stops.title")}</h1>
      <LoadState load={stops} retry={retry}>
        {(list) => (
          <div className="split">
            <PinMap
              label={t("coordinator.stops.mapLabel")}
              pins={list.map((s, i) => ({ id: s.id, lat: s.latitude, lng: s.longitude, title: `${s.name}, ${s.city}`, label: String(i + 1), selected: s.id === draft.id }))}
              onMove={(id, lat, lng) => {
                const stop = list.find((s) => s.id === id);
                if (stop) void save(undefined, { ...draftOf(stop), latitude: fixed(lat), longitude: fixed(lng) });
              }}
              draft={position}
              onPlace={place}
            />
            <div>
              <form onSubmit={(e) => void save(e)} noValidate className="panel">
                <h2>{draft.id ? t("coordinator.stops.edit", { name: draft.name }) : t("coordinator.stops.add")}</h2>
                <FormAlert message={alert} />
                <AddressSearch onPick={pickAddress} />
                <TextField label={t("coordinator.stops.name")} {...field("name")} />
                <TextField label={t("coordinator.stops.address")} {...field("addressLine")} />
                <TextField label={t("coordinator.stops.city")} {...field("city")} />
                <TextField label={t("coordinator.stops.latitude")} inputMode="decimal" {...field("latitude")} />
                <TextField label={t("coordinator.stops.longitude")} inputMode="decimal" {...field("longitude")} />
                <PinControls position={position} onMove={place} />
                {draft.kind === "halt" && (
                  <HaltHostFields value={draft} errors={errors} city={draft.city} citycode={draft.citycode} saved={Boolean(draft.id)} onChange={(host) => setDraft({ ...draft, ...host })} />
                )}
                {saved && <p role="status" className="alert alert--info">{saved}</p>}
                <div className="actions">
                  <button type="submit" className="button button--primary">{t("coordinator.save")}</button>
                  {draft.id && <button type="button" className="button" onClick={() => setDraft(EMPTY)}>{t("coordinator.stops.new")}</button>}
                </div>
              </form>
              <table className="table">
                <caption>{t("coordinator.stops.count", { count: list.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("coordinator.stops.number")}</th>
                    <th scope="col">{t("coordinator.stops.name")}</th>
                    <th scope="col">{t("coordinator.stops.kind")}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((s, i) => (
                    <tr key={s.id}>
                      <td>{i + 1}</td>
                      <th scope="row">
                        <button type="button" className="link-button" onClick={() => setDraft(draftOf(s))}>{`${s.name}, ${s.city}`}</button>
                      </th>
                      <td>{t(`coordinator.stops.kinds.${s.kind}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )}
      </LoadState>
    </>
  );
}
