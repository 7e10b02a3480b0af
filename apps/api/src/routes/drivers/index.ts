import createDriver from "./create-driver.js";
import issueDriverCode from "./issue-driver-code.js";
import listDrivers from "./list-drivers.js";
import retireDriver from "./retire-driver.js";
import setDriverAvailability from "./set-driver-availability.js";

export const driverRoutes = [listDrivers, createDriver, issueDriverCode, setDriverAvailability, retireDriver];
