-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "phone" TEXT;

-- AlterTable
ALTER TABLE "Stop" ADD COLUMN     "hostOrganisationId" UUID,
ADD COLUMN     "hostPlace" TEXT;

-- CreateIndex
CREATE INDEX "Stop_hostOrganisationId_idx" ON "Stop"("hostOrganisationId");

-- AddForeignKey
ALTER TABLE "Stop" ADD CONSTRAINT "Stop_hostOrganisationId_fkey" FOREIGN KEY ("hostOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Only a halt is hosted: a household's door has no host.
ALTER TABLE "Stop" ADD CONSTRAINT "Stop_host_only_for_halts" CHECK ("kind" = 'halt' OR ("hostOrganisationId" IS NULL AND "hostPlace" IS NULL));
