import { HOME_DROP_FREQUENCIES, type HomeDropFrequency } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** What the form sends for a household's home drops at a frequency: none for a household that comes to a halt. */
export function homeDropsFrom(form: FormData): { homeDropFrequency: HomeDropFrequency | null; homeDropDays: number[] } {
  if (form.get("mobility") !== "needs_home_drop") return { homeDropFrequency: null, homeDropDays: [] };
  const frequency = String(form.get("homeDropFrequency") ?? "");
  return {
    homeDropFrequency: (HOME_DROP_FREQUENCIES as readonly string[]).includes(frequency) ? (frequency as HomeDropFrequency) : null,
    homeDropDays: form.getAll("homeDropDays").map(Number),
  };
}

/**
 * How often a household served at home gets its home drop without waiting for an order, and the
 * days it prefers; the days someone is at home are recalled beside them. `errors` are the server's
 * field errors by path, said here in the screen's words.
 */
export function HomeDropFields({ frequency, days, athome, errors }: {
  frequency: HomeDropFrequency | null; days: readonly number[]; athome: readonly number[]; errors: readonly string[];
}) {
  const { t } = useTranslation();
  const k = "coordinator.households.homeDrops";
  const wrongDay = errors.some((p) => p.startsWith("homeDropDays"));
  return (
    <fieldset>
      <legend>{t(`${k}.title`)}</legend>
      <div className="field">
        <label htmlFor="homeDropFrequency">{t(`${k}.frequency`)}</label>
        <select id="homeDropFrequency" name="homeDropFrequency" defaultValue={frequency ?? ""} aria-invalid={errors.includes("homeDropFrequency") || undefined}>
          <option value="">{t(`${k}.frequencies.none`)}</option>
          {HOME_DROP_FREQUENCIES.map((f) => <option key={f} value={f}>{t(`${k}.frequencies.${f}`)}</option>)}
        </select>
        {errors.includes("homeDropFrequency") && <p className="field__error">{t(`${k}.frequencyError`)}</p>}
      </div>
      <fieldset className="choices" aria-describedby="home-drop-days-hint">
        <legend>{t(`${k}.days`)}</legend>
        {WEEKDAYS.map((d) => (
          <label className="check" key={d}>
            <input type="checkbox" name="homeDropDays" value={d} defaultChecked={days.includes(d)} />
            <span>{t(`coordinator.weekdays.${d}`)}</span>
          </label>
        ))}
        <p className="field__hint" id="home-drop-days-hint">
          {athome.length ? t(`${k}.athome`, { days: athome.map((d) => t(`coordinator.weekdays.${d}`)).join(", ") }) : t(`${k}.anyDay`)}
        </p>
        {wrongDay && <p className="field__error">{t(`${k}.daysError`)}</p>}
      </fieldset>
    </fieldset>
  );
}
