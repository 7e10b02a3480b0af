import type { SessionUser } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";

/** The person's organisations with their role in each, and the households they act for. */
export function Memberships({ user }: { user: SessionUser }) {
  // A resident signed in with a code belongs to no organisation: their household says enough.
  const showOrganisations = user.memberships.length > 0 || user.households.length === 0;
  return (
    <>
      {showOrganisations && <Organisations memberships={user.memberships} />}
      {user.households.length > 0 && <Households households={user.households} />}
    </>
  );
}

function Organisations({ memberships }: { memberships: SessionUser["memberships"] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="organisations-title">
      <h2 id="organisations-title">{t("account.organisations")}</h2>
      {memberships.length === 0 ? (
        <p>{t("account.noOrganisation")}</p>
      ) : (
        <ul className="cards">
          {memberships.map((m) => (
            <li key={`${m.organisationId}-${m.role}`} className="card">
              <strong>{m.organisationName}</strong>
              <span>{t(`organisationKinds.${m.organisationKind}`)}</span>
              <span>{t("account.roleIs", { role: t(`roles.${m.role}`) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Households({ households }: { households: SessionUser["households"] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="households-title">
      <h2 id="households-title">{t("account.households")}</h2>
      <ul className="cards">
        {households.map((h) => (
          <li key={h.id} className="card">
            <strong>{h.name}</strong>
            <span>{t(`account.relation.${h.relation}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
