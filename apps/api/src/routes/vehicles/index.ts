import createVehicle from "./create-vehicle.js";
import listSites from "./list-sites.js";
import listVehicles from "./list-vehicles.js";
import updateVehicle from "./update-vehicle.js";

export const vehicleRoutes = [listVehicles, listSites, createVehicle, updateVehicle];
