/** The fields a membership is made of, shared by subscribing a household and changing a member: basket size, where it is taken, solidarity basket. */
import type { AmapContractDetail, AmapMember } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";

type Stop = AmapMember["stop"];

export function MemberFields({ id, contract, sizeId, stopId, solidarity, stops, noStop, onChange }: {
  id: string;
  contract: AmapContractDetail;
  sizeId: string;
  stopId: string;
  solidarity: boolean;
  stops: Stop[];
  /** No household chosen yet: no place to choose. */
  noStop?: boolean;
  onChange(change: { sizeId?: string; stopId?: string; solidarity?: boolean }): void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-size`}>{t("amap.contract.size")}</label>
        <select id={`${id}-size`} value={sizeId} onChange={(e) => onChange({ sizeId: e.target.value })}>
          {contract.sizes.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-stop`}>{t("amap.contract.stopChoice")}</label>
        <select id={`${id}-stop`} required value={stopId} onChange={(e) => onChange({ stopId: e.target.value })} disabled={noStop}>
          {stops.map((s) => <option key={s.id} value={s.id}>{s.kind === "home_drop" ? t("amap.contract.home", { city: s.city }) : `${s.city} (${s.name})`}</option>)}
        </select>
      </div>
      <label className="check">
        <input type="checkbox" checked={solidarity} onChange={(e) => onChange({ solidarity: e.target.checked })} />
        {t("amap.contract.solidarityChoice")}
      </label>
    </>
  );
}
