import acceptClaim from "./accept-claim.js";
import disputeClaim from "./dispute-claim.js";
import getLedger from "./get-ledger.js";
import getStatement from "./get-statement.js";
import getStatementCsv from "./get-statement-csv.js";
import getStatementSheet from "./get-statement-sheet.js";
import recordClaim from "./record-claim.js";
import reverseEntry from "./reverse-entry.js";
import setLimits from "./set-limits.js";
import withdrawClaim from "./withdraw-claim.js";

export const ledgerRoutes = [getLedger, getStatement, getStatementCsv, getStatementSheet, setLimits, recordClaim, acceptClaim, disputeClaim, withdrawClaim, reverseEntry];
