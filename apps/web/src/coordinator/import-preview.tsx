import { ImportPreviewSchema, type ImportPreview, type ImportRowError } from "@tournee/domain";
import type { TFunction } from "../i18n/translator";
import { useTranslation } from "../i18n/use-translation";

/** One error of the file, with its stable code and parameters when the server gave them. */
export type ImportIssue = ImportRowError;
export type ImportReport = ImportPreview;

/** The preview as the API sends it, with each error's code and parameters. */
export function parseImportReport(body: unknown): ImportReport {
  return ImportPreviewSchema.parse(body);
}

/** The error in the reader's language; the API's English text when the code is unknown to this version. */
export function importErrorText(t: TFunction, error: ImportIssue): string {
  const key = `coordinator.import.errors.${error.code ?? ""}`;
  if (!error.code || !t(key, { defaultValue: "" })) return error.message;
  const params = Object.fromEntries(Object.entries(error.params ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : String(v)]));
  const format = error.code === "invalid_format" ? t(`coordinator.import.formats.${error.column}`, { defaultValue: "" }) : "";
  return t(key, { ...params, column: error.column, format: format ? ` (${format})` : "" });
}

/** Every error of a file, by line and column. */
export function ImportErrorsTable({ errors, caption }: { errors: readonly ImportIssue[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <table className="table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("coordinator.import.line")}</th>
          <th scope="col">{t("coordinator.import.column")}</th>
          <th scope="col">{t("coordinator.import.problem")}</th>
        </tr>
      </thead>
      <tbody>
        {errors.map((e, i) => (
          <tr key={i}>
            <td>{e.line}</td>
            <td>{e.column || "—"}</td>
            <td>{importErrorText(t, e)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What the file would do, and every error by line and column; the import button only when there is none. */
export function ImportPreviewView({ preview, busy, onConfirm }: { preview: ImportReport; busy: boolean; onConfirm(): void }) {
  const { t } = useTranslation();
  const creates = preview.rows.filter((r) => r.action === "create").length;
  return (
    <section aria-labelledby="preview-title" className="panel">
      <h2 id="preview-title">{t("coordinator.import.previewTitle")}</h2>
      <p role="status">{t("coordinator.import.summary", { count: preview.rowCount, creates, updates: preview.rowCount - creates })}</p>
      {preview.errors.length > 0 ? (
        <>
          <p className="alert alert--error" role="alert">
            {t("coordinator.import.hasErrors", { count: preview.errors.length })}
          </p>
          <ImportErrorsTable errors={preview.errors} caption={t("coordinator.import.errorsCaption")} />
        </>
      ) : (
        <button type="button" className="button button--primary" disabled={busy} onClick={onConfirm}>
          {t("coordinator.import.confirm", { count: preview.rowCount })}
        </button>
      )}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t("coordinator.import.rowsCaption")}>
        <table className="table">
          <caption>{t("coordinator.import.rowsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("coordinator.import.line")}</th>
              <th scope="col">{t("coordinator.import.action")}</th>
              {preview.columns.map((c) => (
                <th key={c} scope="col">{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.line}>
                <td>{r.line}</td>
                <td>{t(`coordinator.import.actions.${r.action}`)}</td>
                {preview.columns.map((c) => (
                  <td key={c}>{r.values[c]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
