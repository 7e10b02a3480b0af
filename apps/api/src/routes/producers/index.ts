import correctReceipt from "./correct-receipt.js";
import getDeliveryNote from "./get-delivery-note.js";
import getDropSheet from "./get-drop-sheet.js";
import getDrops from "./get-drops.js";
import getProducerWeek from "./get-producer-week.js";
import getPurchaseOrder from "./get-purchase-order.js";
import getReceipts from "./get-receipts.js";
import getStatementCsv from "./get-statement-csv.js";
import getStatements from "./get-statements.js";
import recordDrop from "./record-drop.js";
import setSupply from "./set-supply.js";

export const producerRoutes = [getProducerWeek, setSupply, getPurchaseOrder, getDeliveryNote, getReceipts, correctReceipt, getStatements, getStatementCsv, getDrops, getDropSheet, recordDrop];
