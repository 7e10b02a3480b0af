import type { Delegation } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { describeError } from "../coordinator/describe-error";
import { formatDay } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { delegationsApi } from "./delegations-api";

export const relayName = (d: Pick<Delegation, "relay">) => (d.relay.organisationName ? `${d.relay.displayName} (${d.relay.organisationName})` : d.relay.displayName);

/** One delegation: who, what it covers, since when and how it was given; revoked after an in-page confirmation. */
export function DelegationItem({ delegation: d, onRevoked }: { delegation: Delegation; onRevoked(d: Delegation): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const relay = relayName(d);
  const covers = d.covers.map((c) => t(`delegations.covers.${c}`)).join(t("delegations.covers.and"));
  async function revoke() {
    setError(undefined);
    try {
      onRevoked(await delegationsApi.revoke(d.id));
    } catch (e) {
      setError(describeError(t, e));
    }
  }
  return (
    <li className="card">
      <strong>{t("delegations.row", { relay, covers, date: formatDay(d.grantedAt.slice(0, 10), locale) })}</strong>
      {d.evidence && <span>{t("delegations.evidence", { evidence: d.evidence })}</span>}
      {d.recordedBy && <span>{t("delegations.recordedBy", { name: d.recordedBy })}</span>}
      {d.revokedAt && <span>{t("delegations.revoked", { date: formatDay(d.revokedAt.slice(0, 10), locale), name: d.revokedBy ?? "—" })}</span>}
      <FormAlert message={error} />
      {!d.revokedAt &&
        (confirming ? (
          <div role="group" aria-label={t("delegations.revoke", { relay })}>
            <p>{t("delegations.confirm", { relay, household: d.householdName })}</p>
            <div className="actions">
              <button type="button" className="button button--primary" onClick={() => void revoke()}>
                {t("delegations.confirmYes")}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {t("delegations.confirmNo")}
              </button>
            </div>
          </div>
        ) : (
          <p>
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              {t("delegations.revoke", { relay })}
            </button>
          </p>
        ))}
    </li>
  );
}
