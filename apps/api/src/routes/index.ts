/** Every endpoint of the API. Adding a route here mounts it, documents it and puts it under test. */
import type { RouteDefinition } from "../http/route.js";
import login from "./auth/login.js";
import loginCode from "./auth/login-code.js";
import logout from "./auth/logout.js";
import me from "./auth/me.js";
import updateMe from "./auth/update-me.js";
import createHousehold from "./households/create-household.js";
import getHousehold from "./households/get-household.js";
import grantEligibility from "./households/grant-eligibility.js";
import issueLoginCode from "./households/issue-login-code.js";
import listEligibilities from "./households/list-eligibilities.js";
import listHouseholds from "./households/list-households.js";
import updateHousehold from "./households/update-household.js";
import listOrganisations from "./organisations/list-organisations.js";
import getTour from "./tours/get-tour.js";
import listTours from "./tours/list-tours.js";

export const routes: readonly RouteDefinition[] = [
  login,
  loginCode,
  logout,
  me,
  updateMe,
  listOrganisations,
  listHouseholds,
  getHousehold,
  createHousehold,
  updateHousehold,
  issueLoginCode,
  listEligibilities,
  grantEligibility,
  listTours,
  getTour,
];
