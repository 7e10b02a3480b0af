/**
 * The month's mileage allowances as a CSV file for the treasurer: French headers, semicolons,
 * dates as dd/mm/yyyy, km and euros with a decimal comma, one line per round, then one total per
 * volunteer. Cells a spreadsheet would run as formulas are neutralised (writeCsv).
 */
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { writeCsv } from "../imports/csv.js";
import { mileageReport } from "./mileage-report.js";

const frenchDate = (date: string): string => date.split("-").reverse().join("/");
const decimal = (value: number, digits: number) => value.toFixed(digits).replace(".", ",");
const STATUS = { published: "publiée", in_progress: "en cours", closed: "terminée" } as const;

export const MILEAGE_HEADER = ["Bénévole", "Date", "Véhicule", "Conduite par", "Tournée", "Km", "Indemnité (€/km)", "Montant (€)"];

export async function mileageCsv(input: { services: Services; actor: Actor; month?: string | undefined; organisationId?: string | undefined }): Promise<{ csv: string; month: string }> {
  const report = await mileageReport(input);
  const rows = report.owners.flatMap((o) => [
    ...o.rounds.map((r) => {
      const rate = o.vehicles.find((v) => v.id === r.vehicle.id)?.allowanceCentsPerKm ?? null;
      return [o.owner.displayName, frenchDate(r.date), r.vehicle.name, r.driverName ?? "", STATUS[r.status], decimal(r.distanceM / 1000, 1), rate === null ? "" : decimal(rate / 100, 2), decimal(r.amountCents / 100, 2)];
    }),
    [o.owner.displayName, "", "", "", `Total (${o.rounds.length} tournée${o.rounds.length > 1 ? "s" : ""})`, decimal(o.distanceM / 1000, 1), "", decimal(o.amountCents / 100, 2)],
  ]);
  return { csv: writeCsv(MILEAGE_HEADER, rows), month: report.month };
}
