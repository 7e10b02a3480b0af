import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { isApiError } from "../api/api-error";
import { formatDate } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { coordinatorApi } from "./coordinator-api";
import { describeError } from "./describe-error";
import { RetireAction } from "./fleet-retire";

/** Takes on a driver: their name, and an e-mail and phone when they have them. */
export function NewDriverForm({ organisationId, onSaved }: { organisationId: string; onSaved(): void }) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string>();
  const [added, setAdded] = useState<string>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "").trim() || null;
    setErrors({});
    setAlert(undefined);
    setAdded(undefined);
    try {
      const driver = await coordinatorApi.createDriver({ organisationId, displayName: text("displayName") ?? "", email: text("email"), phone: text("phone") });
      form.reset();
      setAdded(t("coordinator.drivers.added", { name: driver.displayName }));
      onSaved();
    } catch (error) {
      if (isApiError(error)) {
        const fields = error.fieldMessages();
        setErrors({
          ...(fields.displayName ? { displayName: t("coordinator.drivers.nameMissing") } : {}),
          ...(fields.email ? { email: error.status === 409 ? t("coordinator.drivers.emailTaken") : t("coordinator.drivers.emailInvalid") } : {}),
          ...(fields.phone ? { phone: t("coordinator.drivers.phoneInvalid") } : {}),
        });
      }
      setAlert(isApiError(error) && (error.problem?.code === "validation_failed" || error.status === 409) ? t("errors.checkFields") : describeError(t, error));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="panel">
      <h2>{t("coordinator.drivers.add")}</h2>
      <p>{t("coordinator.drivers.addHelp")}</p>
      <FormAlert message={alert} />
      <TextField name="displayName" autoComplete="off" label={t("coordinator.drivers.name")} error={errors.displayName} />
      <TextField name="email" type="email" autoComplete="off" label={t("coordinator.drivers.email")} hint={t("coordinator.drivers.emailHint")} error={errors.email} />
      <TextField name="phone" type="tel" autoComplete="off" label={t("coordinator.drivers.phone")} error={errors.phone} />
      <button type="submit" className="button button--primary">{t("coordinator.drivers.add")}</button>
      {added && <p role="status" className="alert alert--info">{added}</p>}
    </form>
  );
}

/** Gives a driver a one-time sign-in code to type on their phone; earlier unused codes stop working. */
export function DriverCodeButton({ driverId, driverName }: { driverId: string; driverName: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [shown, setShown] = useState<{ text: string; failed: boolean }>();

  async function give() {
    try {
      const { code, expiresAt } = await coordinatorApi.driverLoginCode(driverId);
      setShown({ text: t("coordinator.drivers.code", { code, until: formatDate(new Date(expiresAt), locale) }), failed: false });
    } catch (error) {
      setShown({ text: describeError(t, error), failed: true });
    }
  }

  return (
    <div>
      <button type="button" className="button" onClick={() => void give()}>
        {t("coordinator.drivers.giveCode", { name: driverName })}
      </button>
      {shown && <p role="status" className={shown.failed ? "alert alert--error" : "code-display"}>{shown.text}</p>}
    </div>
  );
}

/** Retires a driver who left the organisation, after an in-page confirmation. */
export function DriverRetireButton({ driverId, driverName, organisationId, onDone }: { driverId: string; driverName: string; organisationId: string; onDone(message: string): void }) {
  const { t } = useTranslation();
  return (
    <RetireAction
      label={t("coordinator.drivers.retire", { name: driverName })}
      question={t("coordinator.drivers.retireQuestion", { name: driverName })}
      confirmLabel={t("coordinator.drivers.retireConfirm", { name: driverName })}
      action={async () => {
        const { accountDisabled } = await coordinatorApi.retireDriver(driverId, organisationId);
        return t(accountDisabled ? "coordinator.drivers.retiredDisabled" : "coordinator.drivers.retired", { name: driverName });
      }}
      onDone={onDone}
    />
  );
}
