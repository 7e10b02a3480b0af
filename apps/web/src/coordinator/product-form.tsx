import { COMPARTMENTS, type Product } from "@tournee/domain";
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "../i18n/use-translation";
import { isApiError } from "../api/api-error";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { centsFromEuros, eurosText, wholeNumber } from "./catalogue-input";
import { SavedNote, useSave } from "./catalogue-save";
import type { ProductDraft } from "./coordinator-api";

const KINDS = ["grocery", "bakery", "producer"] as const;
/** Lengths as ProductInputSchema allows them, so the only refusal left for a text is an empty one. */
const TEXTS = { sku: 40, name: 120, shelf: 60, unit: 30 } as const;

function draftFrom(data: FormData, editing: boolean): ProductDraft {
  const text = (f: string) => String(data.get(f) ?? "").trim();
  const shelfLife = text("shelfLifeDays");
  return {
    sku: text("sku"), name: text("name"), shelf: text("shelf"), unit: text("unit"),
    kind: text("kind") as ProductDraft["kind"],
    compartment: text("compartment") as ProductDraft["compartment"],
    referencePriceCents: centsFromEuros(text("price")),
    ...(text("sizePer100") ? { sizePer100: wholeNumber(text("sizePer100")) } : {}),
    ...(shelfLife ? { shelfLifeDays: wholeNumber(shelfLife) } : editing ? { shelfLifeDays: null } : {}),
    ...(editing ? { active: data.get("active") === "on" } : {}),
  };
}

/**
 * Creates or edits a product. `onSave` returns the sentence saying what was saved; the server's
 * field errors appear under their fields and what was typed stays.
 */
export function ProductForm({ product, onSave, children }: { product?: Product | undefined; onSave(draft: ProductDraft, data: FormData): Promise<string>; children?: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [state, run] = useSave();
  const { errors } = state;
  const duplicateSku = (error: unknown) => (isApiError(error) && error.problem?.code === "conflict" ? { sku: t("coordinator.catalogue.duplicateSku") } : undefined);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    void run(() => onSave(draftFrom(data, product !== undefined), data), duplicateSku);
  }

  const prefix = product ? `product-${product.id}` : "new-product";
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>{product ? t("coordinator.catalogue.editTitle", { name: product.name }) : t("coordinator.catalogue.create")}</h3>
      <FormAlert message={state.alert} />
      {(Object.keys(TEXTS) as (keyof typeof TEXTS)[]).map((f) => (
        <TextField key={f} name={f} maxLength={TEXTS[f]} label={t(`coordinator.catalogue.fields.${f}`)} defaultValue={product?.[f] ?? ""} error={errors[f] && (errors[f] === t("coordinator.catalogue.duplicateSku") ? errors[f] : t("coordinator.fieldErrors.required"))} autoComplete="off" />
      ))}
      <TextField
        name="price" inputMode="decimal" label={t("coordinator.catalogue.fields.price")} hint={t("coordinator.catalogue.priceHint")}
        defaultValue={product ? eurosText(product.referencePriceCents, locale) : ""}
        error={errors.referencePriceCents && t("coordinator.catalogue.priceError")}
      />
      <div className="field">
        <label htmlFor={`${prefix}-kind`}>{t("coordinator.catalogue.fields.kind")}</label>
        <select id={`${prefix}-kind`} name="kind" defaultValue={product?.kind ?? "grocery"}>
          {KINDS.map((k) => <option key={k} value={k}>{t(`coordinator.catalogue.kinds.${k}`)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-compartment`}>{t("coordinator.catalogue.compartment")}</label>
        <select id={`${prefix}-compartment`} name="compartment" defaultValue={product?.compartment ?? "ambient"}>
          {COMPARTMENTS.map((c) => <option key={c} value={c}>{t(`coordinator.compartments.${c}`)}</option>)}
        </select>
      </div>
      <TextField name="sizePer100" inputMode="numeric" label={t("coordinator.catalogue.fields.sizePer100")} hint={t("coordinator.catalogue.sizeHint")} defaultValue={String(product?.sizePer100 ?? 100)} error={errors.sizePer100 && t("coordinator.fieldErrors.wholeNumber")} />
      <TextField name="shelfLifeDays" inputMode="numeric" label={t("coordinator.catalogue.fields.shelfLifeDays")} defaultValue={product?.shelfLifeDays?.toString() ?? ""} error={errors.shelfLifeDays && t("coordinator.fieldErrors.wholeNumber")} />
      {product && (
        <label className="check">
          <input type="checkbox" name="active" defaultChecked={product.active} />
          {t("coordinator.catalogue.fields.active")}
        </label>
      )}
      {children}
      <SavedNote message={state.saved} />
      <button type="submit" className="button button--primary" disabled={state.busy}>
        {product ? t("coordinator.catalogue.saveProduct") : t("coordinator.catalogue.create")}
      </button>
    </form>
  );
}
