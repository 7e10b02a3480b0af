/**
 * A month's statement as a CSV file for the member's accountant: French headers, semicolons,
 * dates as dd/mm/yyyy, one line per entry signed from the account's side, then the opening and
 * closing balances. Cells that a spreadsheet would run as formulas are neutralised (writeCsv).
 */
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { writeCsv } from "../imports/csv.js";
import { getStatement } from "./get-statement.js";

const frenchDate = (date: string): string => date.split("-").reverse().join("/");

export async function statementCsv({ services, actor, id, month }: { services: Services; actor: Actor; id: string; month?: string }): Promise<{ csv: string; month: string }> {
  const s = await getStatement({ services, actor, id, ...(month ? { month } : {}) });
  const unit = s.network.unitPlural;
  const header = ["Date du service", "Partenaire", "Sens", "Service", `Montant (${unit})`, `Solde après (${unit})`, "Écriture annulée"];
  const rows = s.lines.map((l) => [
    frenchDate(l.serviceDate),
    l.counterpartName,
    l.change > 0 ? "rendu" : "reçu",
    l.reversesEntryId ? `Annulation : ${l.description}` : l.description,
    String(l.change),
    String(l.balanceAfter),
    l.reversedByEntryId ? "oui" : "non",
  ]);
  const [y, m] = s.month.split("-");
  const first = `01/${m}/${y}`;
  const balances = [["", "", "", `Solde au ${first}`, "", String(s.opening), ""], ...rows, ["", "", "", "Solde en fin de mois", "", String(s.closing), ""]];
  return { csv: writeCsv(header, balances), month: s.month };
}
