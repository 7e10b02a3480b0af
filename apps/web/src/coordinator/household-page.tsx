import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { useNavigate, useParams } from "react-router";
import { rolesOf } from "../auth/roles";
import { useSignedInUser } from "../auth/session-context";
import { DelegationsPanel } from "../delegations/delegations-panel";
import { usePageTitle } from "../layout/use-page-title";
import { coordinatorApi } from "./coordinator-api";
import { describeError } from "./describe-error";
import { ContactPreferencesForm } from "../messages/contact-preferences-form";
import { HouseholdHistory } from "./desk/household-history";
import { HouseholdOrders } from "./desk/household-orders";
import { HouseholdSharedPassages } from "../partner/household-passages";
import { EligibilityPanel } from "./eligibility-panel";
import { HouseholdForm } from "./household-form";
import { LoadState } from "./load-state";
import { useLoad } from "./use-load";
import { useCoordinatedOrganisation } from "./use-organisation";

/**
 * One household, for its coordinators: its coming orders (taken here by phone or from a paper
 * slip) and its history, its details, its sign-in code and its eligibility (referrers have their
 * own portal, referrer/).
 */
export function HouseholdPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [household, retry] = useLoad(() => coordinatorApi.household(id), [id]);
  const roles = rolesOf(useSignedInUser().user);
  const [code, setCode] = useState<string>();
  usePageTitle(household.status === "ready" ? household.data.name : t("coordinator.households.title"));
  const canEdit = roles.includes("coordinator") || roles.includes("admin");
  // A partner has no rounds of its own: its households ride on the carriers'.
  const partner = useCoordinatedOrganisation()?.kind === "partner";
  return (
    <LoadState load={household} retry={retry}>
      {(h) => (
        <>
          <h1>{h.name}</h1>
          {canEdit && (
            <>
              {h.phone && <p className="lead">{t("coordinator.desk.phone")} <a href={`tel:${h.phone.replace(/\s/g, "")}`}>{h.phone}</a></p>}
              {partner ? <HouseholdSharedPassages householdId={h.id} /> : <HouseholdOrders householdId={h.id} name={h.name} />}
              <HouseholdHistory householdId={h.id} />
              <HouseholdForm household={h} onSave={async (input) => void (await coordinatorApi.updateHousehold(h.id, input))} />
              <section aria-labelledby="code-title" className="panel">
                <h2 id="code-title">{t("coordinator.households.codeTitle")}</h2>
                <p>{t("coordinator.households.codeHelp")}</p>
                <button
                  type="button"
                  className="button"
                  onClick={() => void coordinatorApi.loginCode(h.id).then((r) => setCode(r.code), (e: unknown) => setCode(describeError(t, e)))}
                >
                  {t("coordinator.households.giveCode")}
                </button>
                {code && <p role="status" className="code-display">{code}</p>}
              </section>
            </>
          )}
          {canEdit && (
            <section aria-labelledby="contact-title">
              <h2 id="contact-title">{t("messages.preferences.titleFor")}</h2>
              <ContactPreferencesForm householdId={h.id} staff aboutHousehold={h.name} />
            </section>
          )}
          {canEdit && <EligibilityPanel householdId={h.id} organisationId={h.organisationId} />}
          {canEdit && <DelegationsPanel householdId={h.id} as="coordinator" />}
        </>
      )}
    </LoadState>
  );
}

/** A new household in the coordinator's organisation. */
export function NewHouseholdPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const organisation = useCoordinatedOrganisation();
  usePageTitle(t("coordinator.households.add"));
  if (!organisation) return <h1>{t("coordinator.noOrganisation")}</h1>;
  return (
    <>
      <h1>{t("coordinator.households.add")}</h1>
      <HouseholdForm
        onSave={async (input) => {
          const created = await coordinatorApi.createHousehold(organisation.id, input);
          await navigate(`/coordination/foyers/${created.id}`);
        }}
      />
    </>
  );
}
