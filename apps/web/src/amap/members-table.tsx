/** The contract's members: where each takes the basket, its size, solidarity or not, absences; an absence taken by phone. */
import type { AmapContractDetail } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { describeError } from "../coordinator/describe-error";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { amapApi } from "./amap-api";
import { weekLabel } from "./amap-text";
import { dayLabel } from "../coordinator/week-dates";
import { ScrollingTable } from "../ui/scrolling-table";
import { useLoad } from "../coordinator/use-load";
import { MemberChange } from "./member-change";

export function MembersTable({ contract, week, manage, onChange }: { contract: AmapContractDetail; week: string | undefined; manage: boolean; onChange(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const [said, setSaid] = useState<string>();
  // The carrying grocery's halts, where a member may take the basket instead (loaded for those who manage the contract).
  const [halts] = useLoad(() => (manage ? amapApi.candidates(contract.id).then((c) => c.halts) : Promise.resolve([])), [contract.id, manage]);
  const label = week ? weekLabel(t, week, locale) : "";

  async function toggle(subscriptionId: string, skipped: boolean) {
    if (!week) return;
    setBusy(subscriptionId);
    setError(undefined);
    try {
      await amapApi.skip(subscriptionId, week, skipped);
      onChange();
    } catch (e) {
      setError(describeError(t, e));
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section className="panel" aria-labelledby="amap-members">
      <h2 id="amap-members">{t("amap.contract.membersTitle")}</h2>
      <FormAlert message={error} />
      {said && <p className="alert alert--info" role="status">{said}</p>}
      {!contract.memberList.length ? <p>{t(manage ? "amap.contract.noMemberYet" : "amap.contract.noMember")}</p> : (
      <ScrollingTable caption={t("amap.contract.membersCaption")} hideCaption>
          <thead>
            <tr>
              <th scope="col">{t("amap.contract.member")}</th>
              <th scope="col">{t("amap.contract.where")}</th>
              <th scope="col">{t("amap.contract.basket")}</th>
              <th scope="col">{t("amap.contract.absences")}</th>
            </tr>
          </thead>
          <tbody>
            {contract.memberList.map((m) => {
              const away = week ? m.skippedWeeks.includes(week) : false;
              const action = away ? t("amap.contract.cancelAbsence", { week: label }) : t("amap.contract.recordAbsence", { week: label });
              return (
                <tr key={m.subscriptionId}>
                  <th scope="row">
                    {m.household.name}
                    <br />
                    <small>{[m.household.phone, t(m.channel === "phone" ? "amap.contract.byPhone" : "amap.contract.byApp")].filter(Boolean).join(" · ")}</small>
                  </th>
                  <td>{m.stop.kind === "home_drop" ? t("amap.contract.home", { city: m.stop.city }) : `${m.stop.city} (${m.stop.name})`}</td>
                  <td>{m.size.name}{m.solidarity && <><br /><small>{t("amap.contract.solidarity")}</small></>}</td>
                  <td>
                    {m.skippedWeeks.length ? m.skippedWeeks.map((w) => dayLabel(w, locale)).join(", ") : t("amap.contract.noAbsence")}
                    {manage && week && (
                      <>
                        <br />
                        <button type="button" className="button" disabled={busy === m.subscriptionId} aria-label={t("amap.contract.absenceFor", { action, name: m.household.name })}
                          onClick={() => void toggle(m.subscriptionId, !away)}>
                          {action}
                        </button>
                      </>
                    )}
                    {manage && <MemberChange contract={contract} member={m} halts={halts.status === "ready" ? halts.data : []} onChange={(s) => { setSaid(s); onChange(); }} />}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ScrollingTable>
      )}
    </section>
  );
}
