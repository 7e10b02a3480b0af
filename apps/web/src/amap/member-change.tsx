/** Changing a member by phone: their basket size (their share), where they take it, a solidarity basket or not, or the end of their membership. */
import type { AmapContractDetail, AmapMember } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { isApiError } from "../api/api-error";
import { describeError } from "../coordinator/describe-error";
import { FormAlert } from "../ui/form-alert";
import { amapApi } from "./amap-api";
import { MemberFields } from "./member-fields";

type Stop = AmapMember["stop"];

export function MemberChange({ contract, member, halts, onChange }: { contract: AmapContractDetail; member: AmapMember; halts: Stop[]; onChange(said: string): void }) {
  const { t } = useTranslation();
  const [sizeId, setSizeId] = useState(member.size.id);
  const [stopId, setStopId] = useState(member.stop.id);
  const [solidarity, setSolidarity] = useState(member.solidarity);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const stops = [member.stop, ...halts.filter((h) => h.id !== member.stop.id)];
  const id = `amap-member-${member.subscriptionId}`;

  async function send(patch: Parameters<typeof amapApi.changeMember>[1], said: string) {
    setBusy(true);
    setError(undefined);
    try {
      await amapApi.changeMember(member.subscriptionId, patch);
      onChange(said);
    } catch (err) {
      const field = isApiError(err) ? err.problem?.errors?.[0]?.path : undefined;
      setError(field ? t(`amap.contract.changeErrors.${field}`, { defaultValue: describeError(t, err) }) : describeError(t, err));
    } finally {
      setBusy(false);
    }
  }
  const save = (e: FormEvent) => {
    e.preventDefault();
    void send({ sizeId, stopId, solidarity }, t("amap.contract.changed", { name: member.household.name }));
  };

  return (
    <details className="amap-member-change">
      <summary>{t("amap.contract.change", { name: member.household.name })}</summary>
      <form onSubmit={save} className="amap-subscribe">
        <FormAlert message={error} />
        <MemberFields id={id} contract={contract} sizeId={sizeId} stopId={stopId} solidarity={solidarity} stops={stops}
          onChange={(c) => { if (c.sizeId !== undefined) setSizeId(c.sizeId); if (c.stopId !== undefined) setStopId(c.stopId); if (c.solidarity !== undefined) setSolidarity(c.solidarity); }} />
        <p>
          <button type="submit" className="button button--primary" disabled={busy}>{t("amap.contract.saveMember")}</button>{" "}
          <button type="button" className="button" disabled={busy} onClick={() => void send({ ended: true }, t("amap.contract.memberEnded", { name: member.household.name }))}>
            {t("amap.contract.endMember")}
          </button>
        </p>
      </form>
    </details>
  );
}
