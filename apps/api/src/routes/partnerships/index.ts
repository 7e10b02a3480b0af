import acceptPartnership from "./accept-partnership.js";
import declinePartnership from "./decline-partnership.js";
import endPartnership from "./end-partnership.js";
import getDesk from "./get-desk.js";
import getStatement from "./get-statement.js";
import postStatement from "./post-statement.js";
import placeDelivery from "./place-delivery.js";
import listDeliveries from "./list-deliveries.js";
import listPartnerships from "./list-partnerships.js";
import listSharedPassages from "./list-shared-passages.js";
import proposePartnership from "./propose-partnership.js";

export const partnershipRoutes = [listPartnerships, proposePartnership, acceptPartnership, declinePartnership, endPartnership, listDeliveries, getDesk, placeDelivery, getStatement, postStatement, listSharedPassages];
