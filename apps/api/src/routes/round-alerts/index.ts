import acknowledgeAlert from "./acknowledge-alert.js";
import listRoundAlerts from "./list-round-alerts.js";
import resolveConflict from "./resolve-conflict.js";

export const roundAlertRoutes = [listRoundAlerts, resolveConflict, acknowledgeAlert];
