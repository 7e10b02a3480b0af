import createOrganisation from "./create-organisation.js";
import createPerson from "./create-person.js";
import disablePerson from "./disable-person.js";
import enablePerson from "./enable-person.js";
import grantRole from "./grant-role.js";
import issuePersonCode from "./issue-person-code.js";
import listAudit from "./list-audit.js";
import listOrganisations from "./list-organisations.js";
import listPeople from "./list-people.js";
import revokeRole from "./revoke-role.js";
import updateOrganisation from "./update-organisation.js";

export const adminRoutes = [listOrganisations, createOrganisation, updateOrganisation, listPeople, createPerson, issuePersonCode, grantRole, revokeRole, disablePerson, enablePerson, listAudit];
