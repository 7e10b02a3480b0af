/**
 * Adds or changes one of the bakery's breads: name, unit, price, how many fit in a crate, how
 * long it keeps. The server's field errors appear under their fields; what was typed stays.
 */
import type { BakeryProduct } from "@tournee/domain";
import { useEffect, useRef, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { centsFromEuros, eurosText, wholeNumber } from "../coordinator/catalogue-input";
import { SavedNote, useSave } from "../coordinator/catalogue-save";
import type { ProductDraft } from "../coordinator/coordinator-api";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { perCrate, sizeFromPerCrate } from "./crates";

export function breadDraft(data: FormData, product: BakeryProduct | undefined): ProductDraft {
  const text = (f: string) => String(data.get(f) ?? "").trim();
  const keeps = text("shelfLifeDays");
  const fits = wholeNumber(text("perCrate"));
  return {
    sku: text("sku"), name: text("name"), unit: text("unit"), shelf: product?.shelf ?? "Boulangerie", kind: "bakery", compartment: "bread",
    referencePriceCents: centsFromEuros(text("price")),
    sizePer100: fits === null ? null : sizeFromPerCrate(fits),
    ...(keeps ? { shelfLifeDays: wholeNumber(keeps) } : product ? { shelfLifeDays: null } : {}),
    ...(product ? { active: data.get("active") === "on" } : {}),
  };
}

export function BreadForm({ product, onSave }: { product?: BakeryProduct; onSave(draft: ProductDraft): Promise<string> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [state, run] = useSave();
  const { errors } = state;
  const prefix = product ? `bread-${product.id}` : "new-bread";
  const title = useRef<HTMLHeadingElement>(null);
  // Opened from the list: bring the form into view and start reading at its title.
  useEffect(() => title.current?.focus(), []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    void run(() => onSave(breadDraft(data, product)), (error) => {
      const problem = (error as { problem?: { code?: string } }).problem;
      return problem?.code === "conflict" ? { sku: t("bakery.catalogue.duplicateSku") } : undefined;
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`} className="panel">
      <h2 id={`${prefix}-title`} ref={title} tabIndex={-1}>{product ? t("bakery.catalogue.editTitle", { name: product.name }) : t("bakery.catalogue.add")}</h2>
      <FormAlert message={state.alert} />
      <TextField name="name" maxLength={120} label={t("bakery.catalogue.name")} defaultValue={product?.name ?? ""} error={errors.name && t("bakery.catalogue.required")} autoComplete="off" />
      <TextField name="unit" maxLength={30} label={t("bakery.catalogue.unit")} hint={t("bakery.catalogue.unitHint")} defaultValue={product?.unit ?? ""} error={errors.unit && t("bakery.catalogue.required")} autoComplete="off" />
      <TextField name="price" inputMode="decimal" label={t("bakery.catalogue.price")} hint={t("bakery.catalogue.priceHint")} defaultValue={product ? eurosText(product.referencePriceCents, locale) : ""} error={errors.referencePriceCents && t("bakery.catalogue.priceError")} />
      <TextField name="perCrate" inputMode="numeric" label={t("bakery.catalogue.perCrate")} hint={t("bakery.catalogue.perCrateHint")} defaultValue={product ? String(perCrate(product.sizePer100)) : ""} error={errors.sizePer100 && t("bakery.catalogue.perCrateError")} />
      <TextField name="shelfLifeDays" inputMode="numeric" label={t("bakery.catalogue.keeps")} defaultValue={product?.shelfLifeDays?.toString() ?? ""} error={errors.shelfLifeDays && t("bakery.catalogue.wholeDays")} />
      <TextField name="sku" maxLength={40} label={t("bakery.catalogue.sku")} hint={t("bakery.catalogue.skuHint")} defaultValue={product?.sku ?? ""} error={errors.sku && (errors.sku === t("bakery.catalogue.duplicateSku") ? errors.sku : t("bakery.catalogue.required"))} autoComplete="off" />
      {product && (
        <label className="check">
          <input type="checkbox" name="active" defaultChecked={product.active} />
          {t("bakery.catalogue.active")}
        </label>
      )}
      <SavedNote message={state.saved} />
      <button type="submit" className="button button--primary" disabled={state.busy}>{product ? t("bakery.catalogue.save") : t("bakery.catalogue.add")}</button>
    </form>
  );
}
