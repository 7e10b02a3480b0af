import listArrivals from "./list-arrivals.js";

export const arrivalRoutes = [listArrivals];
