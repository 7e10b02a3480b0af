import listOrganisations from "./list-organisations.js";

export const organisationRoutes = [listOrganisations];
