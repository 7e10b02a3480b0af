import { useTranslation } from "../i18n/use-translation";
import { TextField } from "../ui/text-field";

/** The eligibility a referrer proposes: rate, monthly cap, period and a word; errors in plain words under each field. */
export function ProposalFields({ errors, initial }: { errors: Record<string, string>; initial: { rate: number; capCents: number | null; from: string; to: string } }) {
  const { t } = useTranslation();
  const error = (field: string) => (errors[field] ? t(`referrer.fieldErrors.${field}`) : undefined);
  return (
    <>
      <TextField name="rate" inputMode="numeric" label={t("referrer.proposal.rate")} defaultValue={String(initial.rate)} error={error("participationRatePercent")} />
      <TextField name="cap" inputMode="decimal" label={t("referrer.proposal.cap")} defaultValue={initial.capCents === null ? "" : String(initial.capCents / 100).replace(".", ",")} error={error("monthlyCapCents")} />
      <TextField name="from" type="date" label={t("referrer.proposal.from")} defaultValue={initial.from} error={error("validFrom")} />
      <TextField name="to" type="date" label={t("referrer.proposal.to")} defaultValue={initial.to} error={error("validTo")} />
      <TextField name="note" maxLength={500} label={t("referrer.proposal.note")} error={error("note")} />
    </>
  );
}
