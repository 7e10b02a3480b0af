/** Choosing an organisation and a role in it, for a new person or a role given to someone. */
import { ROLES, type AdminOrganisation } from "@tournee/domain";
import { useId } from "react";
import { useTranslation } from "../i18n/use-translation";

export function RoleFields({ organisations, errors }: { organisations: AdminOrganisation[]; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <div className={`field${errors.organisationId ? " field--invalid" : ""}`}>
        <label htmlFor={`${id}-org`}>{t("admin.people.organisation")}</label>
        <select id={`${id}-org`} name="organisationId">
          {organisations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t("admin.people.role")}</label>
        <select id={`${id}-role`} name="role" defaultValue="coordinator">
          {ROLES.map((r) => <option key={r} value={r}>{t(`admin.roles.${r}`)}</option>)}
        </select>
      </div>
    </>
  );
}

export const grantFrom = (data: FormData) => ({ organisationId: String(data.get("organisationId") ?? ""), role: String(data.get("role") ?? "") as (typeof ROLES)[number] });
