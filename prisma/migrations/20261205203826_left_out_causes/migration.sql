-- AlterTable
ALTER TABLE "Passage" ADD COLUMN     "unassignedCauses" JSONB;
