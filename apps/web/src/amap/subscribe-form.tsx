/** Subscribing a household that called: the household, its basket, where it takes it, a solidarity basket or not. */
import type { AmapContractDetail } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { describeError } from "../coordinator/describe-error";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { FormAlert } from "../ui/form-alert";
import { amapApi } from "./amap-api";
import { MemberFields } from "./member-fields";

export function SubscribeForm({ contract, onSubscribed }: { contract: AmapContractDetail; onSubscribed(): void }) {
  const { t } = useTranslation();
  const [load, retry] = useLoad(() => amapApi.candidates(contract.id), [contract.id, contract.members]);
  const [householdId, setHouseholdId] = useState("");
  const [sizeId, setSizeId] = useState(contract.sizes[0]?.id ?? "");
  const [stopId, setStopId] = useState("");
  const [solidarity, setSolidarity] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const member = await amapApi.subscribe({ contractId: contract.id, householdId, sizeId, stopId, solidarity });
      setDone(t("amap.contract.subscribed", { name: member.household.name }));
      setHouseholdId("");
      setStopId("");
      setSolidarity(false);
      onSubscribed();
    } catch (err) {
      setError(describeError(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="amap-subscribe">
      <h2 id="amap-subscribe">{t("amap.contract.subscribeTitle")}</h2>
      {done && <p className="alert alert--info" role="status">{done}</p>}
      <LoadState load={load} retry={retry}>
        {(c) => {
          const household = c.households.find((h) => h.id === householdId);
          const stops = [...(household?.stops ?? []), ...c.halts.filter((h) => !household?.stops.some((s) => s.id === h.id))];
          if (!c.households.length) return <p>{t("amap.contract.noCandidate")}</p>;
          return (
            <form onSubmit={(e) => void submit(e)} className="amap-subscribe">
              <div className="field">
                <label htmlFor="amap-household">{t("amap.contract.household")}</label>
                <select id="amap-household" required value={householdId} onChange={(e) => {
                  const next = c.households.find((h) => h.id === e.target.value);
                  setHouseholdId(e.target.value);
                  setStopId(next?.stops[0]?.id ?? "");
                }}>
                  <option value="">{t("amap.contract.chooseHousehold")}</option>
                  {c.households.map((h) => <option key={h.id} value={h.id}>{`${h.name} (${h.city})`}</option>)}
                </select>
              </div>
              <MemberFields id="amap" contract={contract} sizeId={sizeId} stopId={stopId} solidarity={solidarity} stops={stops} noStop={!household}
                onChange={(c) => { if (c.sizeId !== undefined) setSizeId(c.sizeId); if (c.stopId !== undefined) setStopId(c.stopId); if (c.solidarity !== undefined) setSolidarity(c.solidarity); }} />
              <FormAlert message={error} />
              <button type="submit" className="button button--primary" disabled={busy || !householdId || !stopId}>{t("amap.contract.subscribe")}</button>
            </form>
          );
        }}
      </LoadState>
    </section>
  );
}
