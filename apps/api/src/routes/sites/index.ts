import createSite from "./create-site.js";
import listSites from "./list-sites.js";
import updateSite from "./update-site.js";

export const siteRoutes = [listSites, createSite, updateSite];
