import type { MessageTemplates } from "@tournee/domain";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { Link } from "react-router";
import { isApiError } from "../api/api-error";
import { describeError } from "../coordinator/describe-error";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { usePageTitle } from "../layout/use-page-title";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { fieldErrorText } from "./field-error";
import { messagesApi } from "./messages-api";
import "./messages.css";

type Template = MessageTemplates["templates"][number];

/** Coordinators rewrite what each message says, see it filled in as a resident would read it, and choose the sender name. */
export function TemplatesPage() {
  const { t } = useTranslation();
  usePageTitle(t("messages.templates.title"));
  const [load, retry] = useLoad(() => messagesApi.templates(), []);
  return (
    <>
      <h1>{t("messages.templates.title")}</h1>
      <p><Link to="/coordination/messages">{t("messages.templates.back")}</Link></p>
      <p className="lead">{t("messages.templates.intro")}</p>
      <LoadState load={load} retry={retry}>{(data) => <Editor initial={data} />}</LoadState>
    </>
  );
}

function Editor({ initial }: { initial: MessageTemplates }) {
  const { t } = useTranslation();
  const [data, setData] = useState(initial);
  const [choice, setChoice] = useState({ kind: "day_before", locale: "fr" as "fr" | "en" });
  const current = data.templates.find((x) => x.kind === choice.kind && x.locale === choice.locale)!;
  return (
    <>
      <SenderForm senderName={data.senderName} onSaved={setData} />
      <section className="panel" aria-labelledby="template-title">
        <h2 id="template-title">{t("messages.templates.wording")}</h2>
        <div className="toolbar">
          <div className="field">
            <label htmlFor="template-kind">{t("messages.templates.choose")}</label>
            <select id="template-kind" value={choice.kind} onChange={(e) => setChoice({ ...choice, kind: e.target.value })}>
              {(["household", "relay", "referrer", "coordinator", "driver", "producer"] as const).map((audience) => (
                <optgroup key={audience} label={t(`messages.templates.audience.${audience}`)}>
                  {data.templates.filter((x) => x.locale === "fr" && x.audience === audience).map((x) => <option key={x.kind} value={x.kind}>{t(`messages.kinds.${x.kind}`)}</option>)}
                </optgroup>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="template-locale">{t("messages.templates.language")}</label>
            <select id="template-locale" value={choice.locale} onChange={(e) => setChoice({ ...choice, locale: e.target.value === "en" ? "en" : "fr" })}>
              <option value="fr">{t("messages.templates.fr")}</option>
              <option value="en">{t("messages.templates.en")}</option>
            </select>
          </div>
        </div>
        <TemplateForm key={`${current.kind}:${current.locale}`} template={current} onSaved={setData} />
      </section>
    </>
  );
}

function TemplateForm({ template, onSaved }: { template: Template; onSaved(data: MessageTemplates): void }) {
  const { t } = useTranslation();
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [preview, setPreview] = useState<{ subject: string; body: string; smsParts: number }>();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const key = { kind: template.kind, locale: template.locale };

  const fail = (error: unknown) => {
    if (isApiError(error)) setErrors(Object.fromEntries(Object.entries(error.fieldMessages()).map(([k, v]) => [k, fieldErrorText(t, v)])));
    setAlert(isApiError(error) && error.problem?.code === "validation_failed" ? t("errors.checkFields") : describeError(t, error));
  };
  const reset = () => {
    setErrors({});
    setAlert(undefined);
    setStatus(undefined);
  };
  async function showPreview() {
    reset();
    try {
      const p = await messagesApi.preview(key, subject, body);
      setPreview(p);
      setErrors(Object.fromEntries(p.issues.map((i) => [i.field, fieldErrorText(t, i.detail ? `${i.code}:${i.detail}` : i.code)])));
    } catch (error) {
      fail(error);
    }
  }
  async function save(event: FormEvent) {
    event.preventDefault();
    reset();
    try {
      onSaved(await messagesApi.saveTemplate(key, subject, body));
      setStatus(t("messages.templates.saved"));
    } catch (error) {
      fail(error);
    }
  }
  function resetTo(data: MessageTemplates) {
    const original = data.templates.find((x) => x.kind === template.kind && x.locale === template.locale);
    if (original) {
      setSubject(original.subject);
      setBody(original.body);
    }
    setPreview(undefined);
    onSaved(data);
  }
  function insert(name: string) {
    const area = bodyRef.current;
    const at = area?.selectionStart ?? body.length;
    setBody(`${body.slice(0, at)}{{${name}}}${body.slice(area?.selectionEnd ?? at)}`);
  }
  return (
    <form onSubmit={(e) => void save(e)} noValidate>
      <FormAlert message={alert} />
      <p className="field__hint">{template.isDefault ? t("messages.templates.isDefault") : t("messages.templates.isCustom")}</p>
      <TextField name="subject" label={t("messages.templates.subject")} value={subject} onChange={(e) => setSubject(e.target.value)} error={errors.subject} />
      <div className={`field${errors.body ? " field--invalid" : ""}`}>
        <label htmlFor="template-body">{t("messages.templates.body")}</label>
        {errors.body && <p id="template-body-error" className="field__error">{errors.body}</p>}
        <textarea id="template-body" ref={bodyRef} rows={6} value={body} onChange={(e) => setBody(e.target.value)} aria-invalid={errors.body ? true : undefined} aria-describedby={errors.body ? "template-body-error" : undefined} />
      </div>
      <fieldset className="choices templates__variables">
        <legend>{t("messages.templates.variables")}</legend>
        {template.variables.map((v) => (
          <button key={v} type="button" className="button" onClick={() => insert(v)} aria-label={t("messages.templates.insert", { name: v })}>
            {`{{${v}}}`}{template.required.includes(v) && <> {t("messages.templates.required")}</>}
          </button>
        ))}
      </fieldset>
      <div className="actions">
        <button type="button" className="button" onClick={() => void showPreview()}>{t("messages.templates.preview")}</button>
        <button type="submit" className="button button--primary">{t("messages.templates.save")}</button>
        {!template.isDefault && (
          <button type="button" className="button" onClick={() => void messagesApi.resetTemplate(key).then(resetTo, fail)}>{t("messages.templates.reset")}</button>
        )}
      </div>
      {status && <p role="status">{status}</p>}
      {preview && (
        <section className="card templates__preview" aria-labelledby="preview-title">
          <h3 id="preview-title">{t("messages.templates.previewTitle")}</h3>
          <p className="message__subject">{preview.subject}</p>
          <p className="message__body" data-testid="template-preview">{preview.body}</p>
          <p className="field__hint">{t("messages.templates.smsParts", { count: preview.smsParts })}</p>
        </section>
      )}
    </form>
  );
}

function SenderForm({ senderName, onSaved }: { senderName: string; onSaved(data: MessageTemplates): void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    try {
      onSaved(await messagesApi.saveSenderName(String(new FormData(event.currentTarget).get("senderName") ?? "")));
      setSaved(true);
    } catch (e) {
      setError(isApiError(e) ? fieldErrorText(t, e.fieldMessages().senderName ?? "other") : describeError(t, e));
    }
  }
  return (
    <form className="panel" onSubmit={(e) => void save(e)} noValidate>
      <TextField name="senderName" label={t("messages.templates.sender")} hint={t("messages.templates.senderHint")} defaultValue={senderName} error={error} />
      <div className="actions">
        <button type="submit" className="button">{t("messages.templates.saveSender")}</button>
        {saved && <p role="status">{t("messages.templates.senderSaved")}</p>}
      </div>
    </form>
  );
}
