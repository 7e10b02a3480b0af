import { useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { isApiError } from "../api/api-error";
import type { AddressCandidate } from "./address-candidate";
import { coordinatorApi } from "./coordinator-api";
import { describeError } from "./describe-error";

type Phase = { kind: "idle" } | { kind: "searching" } | { kind: "results"; candidates: AddressCandidate[] } | { kind: "failed"; message: string } | { kind: "picked"; label: string };

/**
 * Address search (Base Adresse Nationale through the API): type, search, pick one of the results,
 * listed as buttons; the caller moves the pin and fills the address. Results and outcomes are
 * announced. When the service is down, it says to place the pin on the map instead.
 */
export function AddressSearch({ postcode, onPick }: { postcode?: string | undefined; onPick(candidate: AddressCandidate): void }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });

  async function search() {
    const q = query.trim();
    if (q.length < 3) return setPhase({ kind: "failed", message: t("coordinator.address.tooShort") });
    setPhase({ kind: "searching" });
    try {
      const usablePostcode = postcode && /^\d{5}$/.test(postcode.trim()) ? postcode.trim() : undefined;
      setPhase({ kind: "results", candidates: await coordinatorApi.searchAddress(q, usablePostcode) });
    } catch (error) {
      const code = isApiError(error) ? error.problem?.code : undefined;
      const unavailable = code === "geocoding_unavailable" || code === "geocoding_off" || (isApiError(error) && error.status === 503);
      setPhase({ kind: "failed", message: unavailable ? t("coordinator.address.unavailable") : describeError(t, error) });
    }
  }

  function pick(candidate: AddressCandidate) {
    onPick(candidate);
    setPhase({ kind: "picked", label: candidate.label });
    input.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== "Enter") return;
    event.preventDefault();
    void search();
  }

  const status =
    phase.kind === "searching" ? t("coordinator.address.searching")
    : phase.kind === "results" ? (phase.candidates.length ? t("coordinator.address.found", { count: phase.candidates.length }) : t("coordinator.address.none"))
    : phase.kind === "failed" ? phase.message
    : phase.kind === "picked" ? t("coordinator.address.picked", { label: phase.label })
    : "";
  return (
    <div className="address-search">
      <div className="field">
        <label htmlFor={`${id}-q`}>{t("coordinator.address.label")}</label>
        <p id={`${id}-hint`} className="field__hint">{t("coordinator.address.hint")}</p>
        <input ref={input} id={`${id}-q`} type="search" autoComplete="off" aria-describedby={`${id}-hint`} value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onKeyDown} />
      </div>
      <button type="button" className="button" disabled={phase.kind === "searching"} onClick={() => void search()}>
        {t("coordinator.address.search")}
      </button>
      <p role="status" className={phase.kind === "failed" ? "alert alert--error" : undefined}>
        {status}
      </p>
      {phase.kind === "results" && phase.candidates.length > 0 && (
        <ul aria-label={t("coordinator.address.results")} className="address-search__results">
          {phase.candidates.map((c) => (
            <li key={`${c.label}/${c.latitude}/${c.longitude}`}>
              <button type="button" className="link-button" onClick={() => pick(c)}>
                {c.label}
                {c.needsConfirmation ? ` — ${t("coordinator.address.check")}` : ""}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
