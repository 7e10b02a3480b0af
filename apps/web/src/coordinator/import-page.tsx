import { IMPORT_KINDS, type ImportKind } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { usePageTitle } from "../layout/use-page-title";
import { FormAlert } from "../ui/form-alert";
import { coordinatorApi } from "./coordinator-api";
import { describeError } from "./describe-error";
import { ImportPreviewView, type ImportReport } from "./import-preview";
import { OrderImportPanel } from "./order-import-panel";
import { useCoordinatedOrganisation } from "./use-organisation";

/** CSV import with a preview that lists every error; nothing is written until the coordinator confirms. Exports too. */
export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t("coordinator.import.title"));
  const organisation = useCoordinatedOrganisation();
  const [kind, setKind] = useState<ImportKind>("households");
  const [csv, setCsv] = useState<string>();
  const [preview, setPreview] = useState<ImportReport>();
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (!organisation) return <h1>{t("coordinator.noOrganisation")}</h1>;
  const orgId = organisation.id;

  async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setError(undefined);
    try {
      return await work();
    } catch (e) {
      setError(describeError(t, e));
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  async function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(undefined);
    setPreview(undefined);
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) return setError(t("coordinator.import.chooseFile"));
    const text = await file.text();
    setCsv(text);
    const result = await run(() => coordinatorApi.checkImport(kind, orgId, text));
    if (result) setPreview(result);
  }

  async function confirm() {
    if (!csv) return;
    const result = await run(() => coordinatorApi.confirmImport(kind, orgId, csv));
    if (result) {
      setPreview(undefined);
      setCsv(undefined);
      setMessage(t("coordinator.import.done", { created: result.created, updated: result.updated }));
    }
  }

  async function download(what: ImportKind) {
    const file = await run(() => coordinatorApi.exportCsv(what, orgId));
    if (!file) return;
    const url = URL.createObjectURL(new Blob([file.csv], { type: "text/csv;charset=utf-8" }));
    const link = Object.assign(document.createElement("a"), { href: url, download: file.filename });
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <>
      <h1>{t("coordinator.import.title")}</h1>
      <p className="lead">{t("coordinator.import.intro")}</p>
      <form onSubmit={(e) => void check(e)} className="panel">
        <fieldset>
          <legend>{t("coordinator.import.what")}</legend>
          {IMPORT_KINDS.map((k) => (
            <label key={k} className="check">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => { setKind(k); setPreview(undefined); }} />
              {t(`coordinator.import.kinds.${k}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="import-file">{t("coordinator.import.file")}</label>
          <p className="field__hint" id="import-file-hint">{t(`coordinator.import.columns.${kind}`)}</p>
          <input id="import-file" name="file" type="file" accept=".csv,text/csv" aria-describedby="import-file-hint" onChange={() => setPreview(undefined)} />
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t("coordinator.import.check")}
        </button>
      </form>
      <FormAlert message={error} />
      {message && <p className="alert alert--info" role="status">{message}</p>}
      {preview && <ImportPreviewView preview={preview} busy={busy} onConfirm={() => void confirm()} />}
      <OrderImportPanel organisationId={orgId} />
      <section aria-labelledby="export-title" className="panel">
        <h2 id="export-title">{t("coordinator.import.exportTitle")}</h2>
        <div className="actions">
          {IMPORT_KINDS.map((k) => (
            <button key={k} type="button" className="button" disabled={busy} onClick={() => void download(k)}>
              {t("coordinator.import.export", { what: t(`coordinator.import.kinds.${k}`) })}
            </button>
          ))}
        </div>
      </section>
    </>
  );
}
