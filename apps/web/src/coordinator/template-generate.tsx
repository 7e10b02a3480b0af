import type { TourTemplateView } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { useSave } from "./catalogue-save";
import { coordinatorApi } from "./coordinator-api";
import { addDays, dayLabel, parisToday } from "./week-dates";

type Result = Awaited<ReturnType<typeof coordinatorApi.generatePassages>>;

/** Creates the passages of a period from the timetable (again is harmless), and says which dates it made and skipped. */
export function TemplateGenerate({ template }: { template: TourTemplateView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [state, run] = useSave();
  const [from, setFrom] = useState(() => parisToday());
  const [to, setTo] = useState(() => addDays(parisToday(), 27));
  const [result, setResult] = useState<Result>();
  const { errors } = state;
  const stopName = (id: string | null) => template.halts.find((h) => h.stopId === id)?.stopName ?? "";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setResult(undefined);
    void run(async () => {
      const generated = await coordinatorApi.generatePassages(template.id, from, to);
      setResult(generated);
      return "";
    });
  }

  const id = `generate-${template.id}`;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>{t("coordinator.templates.generate")}</h2>
      <p className="field__hint">{t("coordinator.templates.generateHint")}</p>
      <FormAlert message={state.alert} />
      <TextField type="date" label={t("coordinator.templates.from")} value={from} onChange={(e) => setFrom(e.target.value)} error={errors.from && t("coordinator.fieldErrors.date")} />
      <TextField type="date" label={t("coordinator.templates.to")} value={to} onChange={(e) => setTo(e.target.value)} error={errors.to && t("coordinator.templates.periodError")} />
      <button type="submit" className="button button--primary" disabled={state.busy}>{t("coordinator.templates.generateButton")}</button>
      <div role="status">
        {result && (
          <>
            <p className="alert alert--info">{t("coordinator.templates.generated", { created: result.created, existing: result.existing, dates: result.dates.length })}</p>
            <ul className="plain-list" aria-label={t("coordinator.templates.generatedDates")}>
              {result.dates.map((d) => <li key={d}>{dayLabel(d, locale)}</li>)}
            </ul>
            {result.skipped.length > 0 && (
              <ul className="plain-list" aria-label={t("coordinator.templates.skippedDates")}>
                {result.skipped.map((s) => (
                  <li key={`${s.date}-${s.stopId ?? ""}`}>
                    {s.stopId ? t("coordinator.templates.skippedHalt", { date: dayLabel(s.date, locale), stop: stopName(s.stopId), reason: s.reason }) : t("coordinator.templates.skippedDay", { date: dayLabel(s.date, locale), reason: s.reason })}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </form>
  );
}
