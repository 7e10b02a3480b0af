/** One person: their roles per organisation (give, take), a new one-time code, and disabling the account. */
import type { AdminOrganisation, OneTimeAccess, Person } from "@tournee/domain";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { SavedNote, useSave } from "../coordinator/catalogue-save";
import { describeError } from "../coordinator/describe-error";
import { RetireAction } from "../coordinator/fleet-retire";
import { FormAlert } from "../ui/form-alert";
import { adminApi } from "./admin-api";
import { OneTimeAccessNote } from "./one-time-access";
import { PersonFacts } from "./person-facts";
import { grantFrom, RoleFields } from "./role-fields";

export function PersonPanel({ person, organisations, onChanged }: { person: Person; organisations: AdminOrganisation[]; onChanged(): void }) {
  const { t } = useTranslation();
  const [state, run] = useSave();
  const [done, setDone] = useState<string>();
  const [code, setCode] = useState<OneTimeAccess>();
  const [codeError, setCodeError] = useState<string>();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const changed = (message: string) => {
    setDone(message);
    onChanged();
  };

  function give(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const grant = grantFrom(new FormData(event.currentTarget));
    void run(async () => {
      await adminApi.grantRole(person.id, grant);
      onChanged();
      return t("admin.people.roleGiven", { name: person.displayName, role: t(`admin.roles.${grant.role}`) });
    });
  }

  async function newCode() {
    setCodeError(undefined);
    try {
      setCode(await adminApi.newCode(person.id));
    } catch (error) {
      setCodeError(describeError(t, error));
    }
  }

  return (
    <section className="panel" aria-labelledby={`person-${person.id}`}>
      <h2 id={`person-${person.id}`} ref={title} tabIndex={-1}>{person.displayName}</h2>
      <PersonFacts person={person} />
      <SavedNote message={done} />
      <h3>{t("admin.people.roles")}</h3>
      {person.roles.length ? (
        <ul className="plain-list">
          {person.roles.map((r) => (
            <li key={r.id}>
              {t("admin.people.roleIn", { role: t(`admin.roles.${r.role}`), organisation: r.organisationName })}{" "}
              <RetireAction
                label={t("admin.people.revoke", { role: t(`admin.roles.${r.role}`), organisation: r.organisationName })}
                question={t("admin.people.revokeQuestion", { name: person.displayName, role: t(`admin.roles.${r.role}`), organisation: r.organisationName })}
                confirmLabel={t("admin.people.revokeConfirm")}
                action={async () => {
                  await adminApi.revokeRole(person.id, r.id);
                  return t("admin.people.revoked", { name: person.displayName, role: t(`admin.roles.${r.role}`) });
                }}
                onDone={changed}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("admin.people.noRole")}</p>
      )}
      <form onSubmit={give} noValidate aria-labelledby={`give-${person.id}`}>
        <h3 id={`give-${person.id}`}>{t("admin.people.give")}</h3>
        <FormAlert message={state.alert} />
        <RoleFields organisations={organisations} errors={state.errors} />
        <SavedNote message={state.saved} />
        <button type="submit" className="button" disabled={state.busy}>{t("admin.people.giveButton", { name: person.displayName })}</button>
      </form>
      <h3>{t("admin.people.signIn")}</h3>
      <div className="actions">
        {!person.disabledAt && <button type="button" className="button" onClick={() => void newCode()}>{t("admin.people.newCode", { name: person.displayName })}</button>}
        {person.disabledAt ? (
          <button type="button" className="button" onClick={() => void adminApi.setDisabled(person.id, false).then(() => changed(t("admin.people.enabled", { name: person.displayName })), (e: unknown) => setCodeError(describeError(t, e)))}>
            {t("admin.people.enable", { name: person.displayName })}
          </button>
        ) : (
          <RetireAction
            label={t("admin.people.disable", { name: person.displayName })}
            question={t("admin.people.disableQuestion", { name: person.displayName })}
            confirmLabel={t("admin.people.disableConfirm")}
            action={async () => {
              await adminApi.setDisabled(person.id, true);
              return t("admin.people.disabled", { name: person.displayName });
            }}
            onDone={changed}
          />
        )}
      </div>
      {codeError && <p className="alert alert--error" role="alert">{codeError}</p>}
      {code && <OneTimeAccessNote name={person.displayName} access={code} />}
    </section>
  );
}
