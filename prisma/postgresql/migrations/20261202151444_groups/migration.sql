-- DropForeignKey
ALTER TABLE "SlotBooking" DROP CONSTRAINT "SlotBooking_municipalityId_fkey";

-- AlterTable
ALTER TABLE "DiscussionSlot" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "createdById" INTEGER,
ADD COLUMN     "onlineUrl" TEXT,
ADD COLUMN     "perMunicipality" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "period" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "discussionInvite" TEXT,
ADD COLUMN     "discussionPosts" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "discussionThreadId" INTEGER;

-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "comment" TEXT,
ADD COLUMN     "decidedById" INTEGER,
ADD COLUMN     "fileId" TEXT,
ADD COLUMN     "fileKind" TEXT,
ADD COLUMN     "fileName" TEXT,
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "SlotBooking" ADD COLUMN     "ordinal" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "period" TEXT NOT NULL DEFAULT '',
ALTER COLUMN "municipalityId" SET NOT NULL;

-- AlterTable
ALTER TABLE "Workshop" ADD COLUMN     "cap" INTEGER,
ADD COLUMN     "cardMessageId" INTEGER,
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "formingUntil" TIMESTAMP(3),
ADD COLUMN     "guildCodes" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "idea" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "memberCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "outcome" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "path" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "WorkshopMember" (
    "workshopId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopMember_pkey" PRIMARY KEY ("workshopId","userId")
);

-- CreateTable
CREATE TABLE "GroupLink" (
    "chatId" BIGINT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "purpose" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT false,
    "isForum" BOOLEAN NOT NULL DEFAULT false,
    "botStatus" TEXT NOT NULL DEFAULT 'member',
    "canManageTopics" BOOLEAN NOT NULL DEFAULT false,
    "canInviteUsers" BOOLEAN NOT NULL DEFAULT false,
    "canPinMessages" BOOLEAN NOT NULL DEFAULT false,
    "addedById" INTEGER,
    "linkedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GroupLink_pkey" PRIMARY KEY ("chatId")
);

-- CreateIndex
CREATE INDEX "WorkshopMember_userId_idx" ON "WorkshopMember"("userId");

-- CreateIndex
CREATE INDEX "GroupLink_purpose_active_idx" ON "GroupLink"("purpose", "active");

-- CreateIndex
CREATE INDEX "DiscussionSlot_period_idx" ON "DiscussionSlot"("period");

-- CreateIndex
CREATE UNIQUE INDEX "DiscussionSlot_startsAt_period_key" ON "DiscussionSlot"("startsAt", "period");

-- CreateIndex
CREATE INDEX "Proposal_status_createdAt_idx" ON "Proposal"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Proposal_userId_idx" ON "Proposal"("userId");

-- CreateIndex
CREATE INDEX "SlotBooking_userId_idx" ON "SlotBooking"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SlotBooking_municipalityId_period_ordinal_key" ON "SlotBooking"("municipalityId", "period", "ordinal");

-- CreateIndex
CREATE INDEX "Workshop_status_idx" ON "Workshop"("status");

-- AddForeignKey
ALTER TABLE "WorkshopMember" ADD CONSTRAINT "WorkshopMember_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopMember" ADD CONSTRAINT "WorkshopMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlotBooking" ADD CONSTRAINT "SlotBooking_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
