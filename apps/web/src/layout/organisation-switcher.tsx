/**
 * Says which organisation the console shows, on every screen, and lets a person who coordinates
 * several (or an admin, any) switch to another. The choice is kept on the session.
 */
import { OrganisationSchema, type Organisation } from "@tournee/domain";
import * as z from "zod/mini";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { useLocation, useNavigate } from "react-router";
import { api } from "../api/client";
import { rolesOf } from "../auth/roles";
import { useSession, useSignedInUser } from "../auth/session-context";
import { landingPath, navFor, NAV_ITEMS } from "./navigation";

type Choice = Pick<Organisation, "id" | "name">;

export function OrganisationSwitcher() {
  const { t } = useTranslation();
  const { user, offline } = useSignedInUser();
  const { switchOrganisation } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active = user.activeOrganisation;
  const isAdmin = user.memberships.some((m) => m.role === "admin");
  const coordinated = user.memberships.filter((m) => m.role === "coordinator" || m.role === "admin").map((m) => ({ id: m.organisationId, name: m.organisationName }));
  const [choices, setChoices] = useState<Choice[]>(() => unique(coordinated));
  const [chosen, setChosen] = useState(active?.id ?? "");
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!isAdmin || offline) return;
    void api.get("/api/organisations", (b) => z.array(OrganisationSchema).parse(b)).then((all) => setChoices(all.map(({ id, name }) => ({ id, name }))), () => undefined);
  }, [isAdmin, offline]);
  useEffect(() => setChosen(active?.id ?? ""), [active?.id]);

  if (!active) return null;
  if (choices.length < 2) return <p className="organisation-bar">{t("layout.organisation.showing", { name: active.name })}</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen || chosen === active?.id) return;
    setFailed(false);
    try {
      const next = await switchOrganisation(chosen);
      const stays = navFor(rolesOf(next), NAV_ITEMS, next.activeOrganisation?.kind, next.memberships).some((item) => pathname.startsWith(item.to));
      if (!stays) void navigate(landingPath(rolesOf(next), NAV_ITEMS, next.activeOrganisation?.kind));
    } catch {
      setFailed(true);
    }
  }

  return (
    <form className="organisation-bar" onSubmit={(e) => void submit(e)}>
      <label htmlFor="active-organisation">{t("layout.organisation.label")}</label>
      <select id="active-organisation" value={chosen} onChange={(e) => setChosen(e.target.value)}>
        {choices.map((o) => (
          <option key={o.id} value={o.id}>{o.name}</option>
        ))}
      </select>
      <button type="submit" className="button" disabled={chosen === active.id}>{t("layout.organisation.switch")}</button>
      {failed && <span role="alert">{t("layout.organisation.failed")}</span>}
    </form>
  );
}

const unique = (list: Choice[]) => [...new Map(list.map((o) => [o.id, o])).values()];
