import { useEffect, useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { persistStorageOnce, type PersistenceAnswer } from "../pwa/storage-persistence";

/** For drivers: whether the phone promised to keep the app's offline data. */
export function StorageStatus() {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<PersistenceAnswer>();
  useEffect(() => {
    let live = true;
    void persistStorageOnce().then((a) => live && setAnswer(a));
    return () => {
      live = false;
    };
  }, []);
  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">{t("account.storage.title")}</h2>
      <p role="status">{answer ? t(`account.storage.${answer}`) : t("layout.loading")}</p>
    </section>
  );
}
