import type { Stop } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { TextField } from "../ui/text-field";

/** One halt as typed: which stop, the published arrival ("HH:MM") and how long the truck stays (minutes). */
export interface HaltDraft {
  key: number;
  stopId: string;
  arrival: string;
  dwell: string;
}

/** The ordered halts of a round: each can be moved up or down, removed, or added at the end. */
export function TemplateHalts({ halts, stops, errors, onChange }: { halts: HaltDraft[]; stops: Stop[]; errors: Record<string, string>; onChange(halts: HaltDraft[]): void }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<HaltDraft>) => onChange(halts.map((h, j) => (j === i ? { ...h, ...patch } : h)));
  const move = (i: number, by: number) => {
    const next = [...halts];
    const [moved] = next.splice(i, 1);
    if (moved) next.splice(i + by, 0, moved);
    onChange(next);
  };
  const add = () => {
    const last = halts.at(-1);
    onChange([...halts, { key: Math.max(0, ...halts.map((x) => x.key)) + 1, stopId: stops[0]?.id ?? "", arrival: "", dwell: last?.dwell ?? "20" }]);
  };
  return (
    <fieldset>
      <legend>{t("coordinator.templates.halts")}</legend>
      {errors.halts && <p className="field__error">{errors.halts === "duplicate stopId" ? t("coordinator.fieldErrors.duplicateStop") : errors.halts}</p>}
      {halts.length === 0 && <p>{t("coordinator.templates.noHalt")}</p>}
      <ol className="plain-list">
        {halts.map((h, i) => {
          const at = (f: string) => errors[`halts.${i}.${f}`];
          const n = i + 1;
          return (
            <li key={h.key}>
              <fieldset>
                <legend>{t("coordinator.templates.halt", { n })}</legend>
                <div className={`field${at("stopId") ? " field--invalid" : ""}`}>
                  <label htmlFor={`halt-${h.key}-stop`}>{t("coordinator.templates.stop", { n })}</label>
                  {at("stopId") && <p className="field__error">{at("stopId")}</p>}
                  <select id={`halt-${h.key}-stop`} value={h.stopId} onChange={(e) => set(i, { stopId: e.target.value })}>
                    {stops.map((s) => <option key={s.id} value={s.id}>{`${s.name}, ${s.city}`}</option>)}
                  </select>
                </div>
                <TextField type="time" label={t("coordinator.templates.arrival", { n })} value={h.arrival} onChange={(e) => set(i, { arrival: e.target.value })} error={at("arrivalMinute") && t(h.arrival ? "coordinator.fieldErrors.haltOrder" : "coordinator.fieldErrors.time")} />
                <TextField inputMode="numeric" label={t("coordinator.templates.dwell", { n })} value={h.dwell} onChange={(e) => set(i, { dwell: e.target.value })} error={at("dwellMinutes") && t("coordinator.fieldErrors.dwell")} />
                <div className="actions">
                  {i > 0 && <button type="button" className="button" onClick={() => move(i, -1)}>{t("coordinator.templates.up", { n })}</button>}
                  {i < halts.length - 1 && <button type="button" className="button" onClick={() => move(i, 1)}>{t("coordinator.templates.down", { n })}</button>}
                  <button type="button" className="button" onClick={() => onChange(halts.filter((_, j) => j !== i))}>{t("coordinator.templates.remove", { n })}</button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button" onClick={add} disabled={stops.length === 0}>{t("coordinator.templates.addHalt")}</button>
    </fieldset>
  );
}
