import listCallRequests from "./list-call-requests.js";
import markCallDone from "./mark-call-done.js";

export const callRequestRoutes = [listCallRequests, markCallDone];
