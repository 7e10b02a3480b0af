import "./console.css";
import type { TFunction } from "../i18n/translator";
import type { ReactNode } from "react";
import { useTranslation } from "../i18n/use-translation";
import { describeError } from "./describe-error";
import type { Load } from "./use-load";

/** Shows "loading", the error in words with a retry button, or the data. `describe` says the error to whom it is addressed (a resident, …). */
export function LoadState<T>({ load, retry, children, describe = describeError }: { load: Load<T>; retry: () => void; children: (data: T) => ReactNode; describe?: (t: TFunction, error: unknown) => string }) {
  const { t } = useTranslation();
  if (load.status === "loading") return <p role="status">{t("layout.loading")}</p>;
  if (load.status === "failed") {
    return (
      <div className="alert alert--error" role="alert">
        <p>{describe(t, load.error)}</p>
        <button type="button" className="button" onClick={retry}>
          {t("coordinator.retry")}
        </button>
      </div>
    );
  }
  return <>{children(load.data)}</>;
}
