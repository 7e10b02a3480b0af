import checkPlan from "./check-plan.js";
import discardPlan from "./discard-plan.js";
import getPlanningCalendar from "./get-planning-calendar.js";
import getPlanningDay from "./get-planning-day.js";
import publishPlan from "./publish-plan.js";
import reportBreakdown from "./report-breakdown.js";
import cancelPlanningJob from "./cancel-planning-job.js";
import getPlanningJob from "./get-planning-job.js";
import startPlanning from "./start-planning.js";
import startWeeks from "./start-weeks.js";
import streamPlanningJob from "./stream-planning-job.js";

export const planningRoutes = [getPlanningCalendar, getPlanningDay, startPlanning, startWeeks, getPlanningJob, streamPlanningJob, cancelPlanningJob, publishPlan, discardPlan, checkPlan, reportBreakdown];
