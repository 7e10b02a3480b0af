import { useTranslation } from "react-i18next";
import { useActingHousehold } from "../auth/acting-household-context";
import { usePageTitle } from "../layout/use-page-title";
import { useState } from "react";
import { ContactPreferencesForm } from "./contact-preferences-form";
import { PushToggle } from "./push-toggle";

/** A resident's (or relay's) messages: how the household wants to be told, and what it was told. */
export function PreferencesPage() {
  const { t } = useTranslation();
  const { household } = useActingHousehold();
  usePageTitle(t("messages.preferences.title"));
  const [version, setVersion] = useState(0);
  if (!household) return <h1>{t("messages.preferences.noHousehold")}</h1>;
  return (
    <>
      <h1>{t("messages.preferences.title")}</h1>
      <p className="lead">{t("messages.preferences.for", { name: household.name })}</p>
      <p>{t("messages.preferences.intro")}</p>
      <PushToggle onChange={() => setVersion((v) => v + 1)} />
      <ContactPreferencesForm key={version} householdId={household.id} />
    </>
  );
}
