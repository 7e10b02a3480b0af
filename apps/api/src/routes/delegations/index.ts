import listDelegations from "./list-delegations.js";
import listRelayAccounts from "./list-relay-accounts.js";
import recordDelegation from "./record-delegation.js";
import revokeDelegation from "./revoke-delegation.js";

export const delegationRoutes = [listDelegations, recordDelegation, revokeDelegation, listRelayAccounts];
