-- What a source's URL served when Factdesk fetched it. A pending row is also
-- the capture's job: workers claim due rows with FOR UPDATE SKIP LOCKED, so
-- the queue survives a restart and two workers never take the same one.
CREATE TYPE "CaptureStatus" AS ENUM ('pending', 'captured', 'failed');

CREATE TABLE "SourceCapture" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "newsroomId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "requestedUrl" TEXT NOT NULL,
    "requestedById" UUID,
    "status" "CaptureStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "runAfter" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMPTZ(3),
    "finalUrl" TEXT,
    "httpStatus" INTEGER,
    "mediaType" TEXT,
    "title" TEXT,
    "publishedAt" TEXT,
    "text" TEXT,
    "sha256" TEXT,
    "passageFound" BOOLEAN,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "capturedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SourceCapture_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "SourceCapture_sourceId_createdAt_idx" ON "SourceCapture"("sourceId", "createdAt");
CREATE INDEX "SourceCapture_status_runAfter_idx" ON "SourceCapture"("status", "runAfter");

ALTER TABLE "SourceCapture" ADD CONSTRAINT "SourceCapture_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
