import changeContract from "./change-contract.js";
import changeSubscription from "./change-subscription.js";
import createContract from "./create-contract.js";
import getContract from "./get-contract.js";
import getDistribution from "./get-distribution.js";
import getProducerPlan from "./get-producer-plan.js";
import listCandidates from "./list-candidates.js";
import listContractChoices from "./list-contract-choices.js";
import listContracts from "./list-contracts.js";
import listMemberBaskets from "./list-member-baskets.js";
import setComposition from "./set-composition.js";
import skipWeek from "./skip-week.js";
import subscribe from "./subscribe.js";
import unskipWeek from "./unskip-week.js";

export const amapRoutes = [listContracts, listContractChoices, createContract, changeContract, getContract, listCandidates, getDistribution, setComposition, subscribe, changeSubscription, skipWeek, unskipWeek, listMemberBaskets, getProducerPlan];
