import getMileageCsv from "./get-mileage-csv.js";
import getMileageReport from "./get-mileage-report.js";

export const mileageRoutes = [getMileageReport, getMileageCsv];
