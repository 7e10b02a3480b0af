import getRound from "./get-round.js";
import liveFeed from "./live-feed.js";
import pullChanges from "./pull-changes.js";
import pushMutations from "./push-mutations.js";

export const syncRoutes = [pushMutations, pullChanges, getRound, liveFeed];
