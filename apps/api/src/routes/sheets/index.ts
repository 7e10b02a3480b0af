import bakeryProduction from "./bakery-production.js";
import bakeryProductionCsv from "./bakery-production-csv.js";
import loadingList from "./loading-list.js";
import loadingListCsv from "./loading-list-csv.js";
import tourSheet from "./tour-sheet.js";

export const sheetRoutes = [loadingList, loadingListCsv, tourSheet, bakeryProduction, bakeryProductionCsv];
