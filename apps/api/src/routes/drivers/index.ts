import listDrivers from "./list-drivers.js";
import setDriverAvailability from "./set-driver-availability.js";

export const driverRoutes = [listDrivers, setDriverAvailability];
