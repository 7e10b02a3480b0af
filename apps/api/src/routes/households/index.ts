import createHousehold from "./create-household.js";
import getHousehold from "./get-household.js";
import getHouseholdHistory from "./get-household-history.js";
import grantEligibility from "./grant-eligibility.js";
import issueLoginCode from "./issue-login-code.js";
import listEligibilities from "./list-eligibilities.js";
import listHouseholds from "./list-households.js";
import updateHousehold from "./update-household.js";

export const householdRoutes = [listHouseholds, getHousehold, getHouseholdHistory, createHousehold, updateHousehold, issueLoginCode, listEligibilities, grantEligibility];
