import createStop from "./create-stop.js";
import listStops from "./list-stops.js";
import updateStop from "./update-stop.js";

export const stopRoutes = [listStops, createStop, updateStop];
