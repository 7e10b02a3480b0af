/**
 * How a tour's stops are numbered, the same way on the tour sheet, the loading list, the planning
 * page and the driver's phone: steps in a row at the same place are one stop. All the bread a
 * round collects at a bakery (or a farm) is one stop ("load N crates"), and bread or farm goods
 * handed over at a passage right before or after it belong to that passage's stop. `sequence` (of passages and of tour
 * steps) is that number, from 0.
 */

/** A step of a tour, enough to say where it happens. */
export interface PlacedStep {
  kind: "passage" | "bread_pickup" | "bread_delivery" | "farm_pickup" | "farm_delivery";
  passageId: string;
  siteId?: string | null;
}

export const placeOf = (step: PlacedStep): string => (step.kind === "bread_pickup" || step.kind === "farm_pickup" ? `site:${step.siteId ?? ""}` : `passage:${step.passageId}`);

/**
 * The stop number of each step, given in driving order.
 * @example numberStops([pickup(a), pickup(b), passage(a), passage(b)]) // [0, 0, 1, 2]
 */
export function numberStops(steps: readonly PlacedStep[]): number[] {
  let number = -1;
  let previous: string | undefined;
  return steps.map((step) => {
    const place = placeOf(step);
    if (place !== previous) number++;
    previous = place;
    return number;
  });
}
