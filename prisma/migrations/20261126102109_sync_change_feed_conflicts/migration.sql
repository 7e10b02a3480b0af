-- CreateTable
CREATE TABLE "SyncChange" (
    "id" BIGSERIAL NOT NULL,
    "organisationId" UUID NOT NULL,
    "tourId" UUID,
    "date" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "mutationId" UUID,
    "payload" JSONB NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SyncChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SyncConflict" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "tourId" UUID,
    "passageId" UUID,
    "orderId" UUID,
    "mutationId" UUID NOT NULL,
    "rule" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),
    "resolvedById" UUID,

    CONSTRAINT "SyncConflict_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SyncChange_organisationId_date_id_idx" ON "SyncChange"("organisationId", "date", "id");

-- CreateIndex
CREATE INDEX "SyncChange_tourId_id_idx" ON "SyncChange"("tourId", "id");

-- CreateIndex
CREATE INDEX "SyncConflict_organisationId_resolvedAt_idx" ON "SyncConflict"("organisationId", "resolvedAt");
