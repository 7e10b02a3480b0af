import getMap from "./get-map.js";

export const mapRoutes = [getMap];
