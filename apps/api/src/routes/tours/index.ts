import getTour from "./get-tour.js";
import listTours from "./list-tours.js";

export const tourRoutes = [listTours, getTour];
