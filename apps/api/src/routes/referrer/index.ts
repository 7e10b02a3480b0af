import getReferredHousehold from "./get-referred-household.js";
import listReferralGroceries from "./list-referral-groceries.js";
import listReferredHouseholds from "./list-referred-households.js";

export const referrerRoutes = [listReferredHouseholds, getReferredHousehold, listReferralGroceries];
