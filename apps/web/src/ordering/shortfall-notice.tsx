import type { ShortLine } from "@tournee/domain";
import type { TFunction } from "../i18n/translator";

/**
 * Which products the producer delivered short and that what is missing is not paid for, one line
 * each. `t` speaks as the screen does: to the resident, of the household to a relay (`voicedT`), or
 * to a coordinator (`staff`).
 */
export function ShortfallNotice({ lines, t, staff = false }: { lines: readonly ShortLine[]; t: TFunction; staff?: boolean }) {
  if (!lines.length) return null;
  return (
    <div className="alert alert--info" role="status">
      <ul className="plain-list">
        {lines.map((l) => (
          <li key={l.productName}>
            {t(l.missing >= l.ordered ? "ordering.shortNone" : "ordering.shortSome", { product: l.productName, unit: l.unit, got: l.ordered - l.missing, ordered: l.ordered, count: l.ordered - l.missing })}
          </li>
        ))}
      </ul>
      <p>{t(staff ? "ordering.notChargedStaff" : "ordering.notCharged")}</p>
    </div>
  );
}

/** The short lines of an order as the order page reads it. */
export const shortLinesOfOrder = (lines: readonly { productName: string; unit: string; quantity: number; shortQuantity: number }[]): ShortLine[] =>
  lines.filter((l) => l.shortQuantity > 0).map((l) => ({ productName: l.productName, unit: l.unit, ordered: l.quantity, missing: Math.min(l.shortQuantity, l.quantity) }));
