import acceptReferral from "./accept-referral.js";
import getReferral from "./get-referral.js";
import listReferrals from "./list-referrals.js";
import referHousehold from "./refer-household.js";
import refuseReferral from "./refuse-referral.js";
import requestRenewal from "./request-renewal.js";
import withdrawReferral from "./withdraw-referral.js";

export const referralRoutes = [listReferrals, requestRenewal, getReferral, referHousehold, acceptReferral, refuseReferral, withdrawReferral];
