import createVehicle from "./create-vehicle.js";
import listVehicles from "./list-vehicles.js";
import updateVehicle from "./update-vehicle.js";

export const vehicleRoutes = [listVehicles, createVehicle, updateVehicle];
