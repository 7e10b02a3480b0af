/** The test world's planning: a finished planning run of grocery A (for reading, streaming and a refused cancel). */
import type { PrismaClient } from "../generated/prisma/client.js";

export interface PlanningWorld {
  jobA: string;
}

export async function buildPlanningWorld(prisma: PrismaClient, world: { groceryA: string; coordA: string; date: Date }): Promise<PlanningWorld> {
  const job = await prisma.planningJob.create({
    data: { organisationId: world.groceryA, date: world.date, status: "succeeded", createdById: world.coordA, bestCost: 1234, startedAt: world.date, finishedAt: world.date, result: { tours: [], unassigned: [] } },
  });
  return { jobA: job.id };
}
