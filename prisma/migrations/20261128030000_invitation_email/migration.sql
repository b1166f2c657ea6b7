-- AlterTable: an invitation sent to an email address (stored lower-case) is
-- accepted only by the account with that email; NULL is an open link.
ALTER TABLE "Invitation" ADD COLUMN "email" TEXT;
