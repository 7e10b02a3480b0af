import checkPlan from "./check-plan.js";
import cancelPlanningJob from "./cancel-planning-job.js";
import getPlanningJob from "./get-planning-job.js";
import startPlanning from "./start-planning.js";
import streamPlanningJob from "./stream-planning-job.js";

export const planningRoutes = [startPlanning, getPlanningJob, streamPlanningJob, cancelPlanningJob, checkPlan];
