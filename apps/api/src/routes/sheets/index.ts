import bakeryProduction from "./bakery-production.js";
import bakeryProductionCsv from "./bakery-production-csv.js";
import loadingList from "./loading-list.js";
import loadingListCsv from "./loading-list-csv.js";
import householdOrderSlip from "./household-order-slip.js";
import passageOrderSlips from "./passage-order-slips.js";
import tourSheet from "./tour-sheet.js";

export const sheetRoutes = [loadingList, loadingListCsv, tourSheet, bakeryProduction, bakeryProductionCsv, householdOrderSlip, passageOrderSlips];
