/**
 * Opens an account: by invitation (an e-mail address; the invitation is recorded) or with a
 * one-time code only. Either way the code is shown once, to hand over.
 */
import type { AdminOrganisation, OneTimeAccess } from "@tournee/domain";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { SavedNote, useSave } from "../coordinator/catalogue-save";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { adminApi } from "./admin-api";
import { OneTimeAccessNote } from "./one-time-access";
import { grantFrom, RoleFields } from "./role-fields";

export function NewPersonForm({ organisations, onCreated }: { organisations: AdminOrganisation[]; onCreated(): void }) {
  const { t } = useTranslation();
  const [state, run] = useSave();
  const [given, setGiven] = useState<{ name: string; access: OneTimeAccess }>();
  const [mode, setMode] = useState<"invitation" | "code">("invitation");
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const { errors } = state;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (f: string) => String(data.get(f) ?? "").trim();
    void run(async () => {
      const created = await adminApi.createPerson({ displayName: text("displayName"), email: text("email") || null, phone: text("phone") || null, access: mode, roles: [grantFrom(data)] });
      setGiven({ name: created.person.displayName, access: created.access });
      form.reset();
      onCreated();
      return mode === "invitation" ? t("admin.people.invited", { name: created.person.displayName }) : t("admin.people.created", { name: created.person.displayName });
    }, (error) => ((error as { problem?: { code?: string } }).problem?.code === "conflict" ? { email: t("admin.people.errors.emailTaken") } : undefined));
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-person-title" className="panel">
      <h2 id="new-person-title" ref={title} tabIndex={-1}>{t("admin.people.add")}</h2>
      <FormAlert message={state.alert} />
      <fieldset>
        <legend>{t("admin.people.how")}</legend>
        {(["invitation", "code"] as const).map((m) => (
          <label key={m} className="check">
            <input type="radio" name="access" value={m} checked={mode === m} onChange={() => setMode(m)} />
            {t(`admin.people.access.${m}`)}
          </label>
        ))}
      </fieldset>
      <TextField name="displayName" maxLength={120} label={t("admin.people.name")} error={errors.displayName && t("admin.people.errors.name")} autoComplete="off" />
      <TextField name="email" type="email" maxLength={254} label={mode === "invitation" ? t("admin.people.emailRequired") : t("admin.people.emailOptional")} error={errors.email && (errors.email === t("admin.people.errors.emailTaken") ? errors.email : t("admin.people.errors.email"))} autoComplete="off" />
      <TextField name="phone" type="tel" maxLength={30} label={t("admin.people.phone")} error={errors.phone && t("admin.people.errors.phone")} autoComplete="off" />
      <RoleFields organisations={organisations} errors={errors} />
      <SavedNote message={state.saved} />
      {given && <OneTimeAccessNote name={given.name} access={given.access} />}
      <button type="submit" className="button button--primary" disabled={state.busy}>{mode === "invitation" ? t("admin.people.invite") : t("admin.people.create")}</button>
    </form>
  );
}
