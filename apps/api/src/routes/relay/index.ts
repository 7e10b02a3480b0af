import listRelayHouseholds from "./list-relay-households.js";

export const relayRoutes = [listRelayHouseholds];
