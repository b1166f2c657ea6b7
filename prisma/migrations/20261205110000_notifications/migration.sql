-- Notifications (an inbox per person and newsroom, digests by email) and the
-- due date and priority of a claim's check.

CREATE TYPE "ClaimPriority" AS ENUM ('low', 'normal', 'high', 'urgent');

CREATE TYPE "NotificationKind" AS ENUM ('mention', 'assignment', 'approval_requested', 'verdict_approved', 'verdict_rejected', 'text_changed');

ALTER TABLE "Claim" ADD COLUMN "dueDate" DATE,
    ADD COLUMN "priority" "ClaimPriority" NOT NULL DEFAULT 'normal';

ALTER TABLE "User" ADD COLUMN "emailNotifications" BOOLEAN NOT NULL DEFAULT true,
    ADD COLUMN "lastDigestAt" TIMESTAMPTZ(3);

CREATE TABLE "Notification" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "newsroomId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "actorId" UUID,
    "kind" "NotificationKind" NOT NULL,
    "claimId" UUID NOT NULL,
    "commentId" UUID,
    "readAt" TIMESTAMPTZ(3),
    "emailedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- The inbox: a person's notifications in one newsroom, newest first.
CREATE INDEX "Notification_userId_newsroomId_createdAt_idx" ON "Notification"("userId", "newsroomId", "createdAt");

-- The digest sender: what is not yet emailed, per person.
CREATE INDEX "Notification_userId_emailedAt_idx" ON "Notification"("userId", "emailedAt");

ALTER TABLE "Notification" ADD CONSTRAINT "Notification_newsroomId_fkey" FOREIGN KEY ("newsroomId") REFERENCES "Newsroom"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
