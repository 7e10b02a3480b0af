import confirmImport from "./confirm-import.js";
import exportCsv from "./export-csv.js";
import previewImport from "./preview-import.js";

export const importRoutes = [previewImport, confirmImport, exportCsv];
