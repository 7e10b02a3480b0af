import searchAddress from "./search-address.js";

export const geocodingRoutes = [searchAddress];
