import { useId, useState, type ChangeEvent, type FocusEvent, type InputHTMLAttributes, type ReactNode } from "react";
import { formatDate, normaliseTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id"> {
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the field and announced with it; marks the field invalid. */
  error?: string | undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An input with its visible label, an optional hint and its error, all tied for screen readers.
 * A date is also written out in the app's language ("lundi 7 décembre 2026"): the browser draws
 * its date box in its own language's order (12/07/2026 in an English browser), whatever the page's.
 * A time is a 24-hour text box ("18:30"), never the browser's time box, which follows the
 * browser's language ("06:30 PM"); what is typed ("6h30") becomes "06:30" on leaving the field.
 */
export function TextField({ label, hint, error, className, ...input }: TextFieldProps) {
  const id = useId();
  const locale = useLocale();
  const isDate = input.type === "date";
  const [typed, setTyped] = useState(() => String(input.value ?? input.defaultValue ?? ""));
  const day = isDate ? String(input.value ?? typed) : "";
  const reading = DAY.test(day) ? formatDate(new Date(`${day}T12:00:00Z`), locale) : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const readingId = reading ? `${id}-reading` : undefined;
  const describedBy = [hintId, errorId, readingId].filter(Boolean).join(" ") || undefined;
  const isTime = input.type === "time";
  const onBlur = (e: FocusEvent<HTMLInputElement>) => {
    const time = normaliseTime(e.target.value);
    if (time !== e.target.value) {
      e.target.value = time;
      input.onChange?.(e as unknown as ChangeEvent<HTMLInputElement>);
    }
    input.onBlur?.(e);
  };
  const timeInput = isTime ? { type: "text", inputMode: "numeric" as const, autoComplete: "off", placeholder: input.placeholder ?? "hh:mm", onBlur } : {};
  const onChange = isDate
    ? (e: ChangeEvent<HTMLInputElement>) => {
        setTyped(e.target.value);
        input.onChange?.(e);
      }
    : input.onChange;
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <input id={id} className={className} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} {...(isDate ? { lang: locale, onChange } : {})} {...timeInput} />
      {reading && (
        <p id={readingId} className="field__reading">
          {reading}
        </p>
      )}
    </div>
  );
}
