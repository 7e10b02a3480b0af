import { useTranslation } from "../i18n/use-translation";

/** Big − and + buttons around a quantity, named with the product so a screen reader says what they change. */
export function QuantityStepper({ name, quantity, max, disabled, onChange }: { name: string; quantity: number; max: number; disabled: boolean; onChange(q: number): void }) {
  const { t } = useTranslation();
  return (
    <div className="stepper" role="group" aria-label={t("ordering.quantityOf", { name })}>
      <button type="button" className="stepper__button" aria-label={t("ordering.less", { name })} disabled={disabled || quantity === 0} onClick={() => onChange(quantity - 1)}>
        −
      </button>
      <output className="stepper__value" aria-label={t("ordering.inBasket", { count: quantity, name })}>
        {quantity}
      </output>
      <button type="button" className="stepper__button" aria-label={t("ordering.more", { name })} disabled={disabled || quantity >= max} onClick={() => onChange(quantity + 1)}>
        +
      </button>
    </div>
  );
}
