import { useTranslation } from "../i18n/use-translation";
import { useActingHousehold } from "../auth/acting-household-context";
import { usePageTitle } from "../layout/use-page-title";
import { orderingVoice, voicedT } from "../resident/ordering-voice";
import { useState } from "react";
import { ContactPreferencesForm } from "./contact-preferences-form";
import { PushToggle } from "./push-toggle";

/**
 * A resident's (or relay's) messages: how the household wants to be told, and what it was told.
 * A relay reads about the household in the third person and picks which of its households it looks at.
 */
export function PreferencesPage() {
  const { t: plainT } = useTranslation();
  const { household, households, choose } = useActingHousehold();
  usePageTitle(plainT("messages.preferences.title"));
  const [version, setVersion] = useState(0);
  if (!household) return <h1>{plainT("messages.preferences.noHousehold")}</h1>;
  const t = voicedT(plainT, orderingVoice(household));
  const delegated = household.relation === "delegated";
  return (
    <>
      <h1>{t("messages.preferences.title")}</h1>
      {delegated && households.length > 1 ? (
        <div className="field">
          <label htmlFor="preferences-household">{t("messages.preferences.household")}</label>
          <select id="preferences-household" value={household.id} onChange={(e) => choose(e.target.value)}>
            {households.map((h) => <option key={h.id} value={h.id}>{h.name}</option>)}
          </select>
        </div>
      ) : (
        <p className="lead">{t("messages.preferences.for", { name: household.name })}</p>
      )}
      <p>{t("messages.preferences.intro")}</p>
      <PushToggle onChange={() => setVersion((v) => v + 1)} />
      <ContactPreferencesForm key={`${household.id}-${version}`} householdId={household.id} aboutHousehold={delegated ? household.name : undefined} />
    </>
  );
}
