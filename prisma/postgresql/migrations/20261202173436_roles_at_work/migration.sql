-- DropForeignKey
ALTER TABLE "SlotBooking" DROP CONSTRAINT "SlotBooking_municipalityId_fkey";

-- DropIndex
DROP INDEX "ChecklistItem_stepId_position_key";

-- DropIndex
DROP INDEX "Criterion_stepId_position_key";

-- AlterTable
ALTER TABLE "Certificate" ADD COLUMN     "hours" INTEGER,
ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'step',
ADD COLUMN     "projectId" INTEGER,
ALTER COLUMN "stepId" DROP NOT NULL,
ALTER COLUMN "submissionId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "ChecklistItem" ADD COLUMN     "sinceVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "untilVersion" INTEGER;

-- AlterTable
ALTER TABLE "Criterion" ADD COLUMN     "sinceVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "untilVersion" INTEGER;

-- AlterTable
ALTER TABLE "DiscussionSlot" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "createdById" INTEGER,
ADD COLUMN     "onlineUrl" TEXT,
ADD COLUMN     "perMunicipality" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "period" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "category" TEXT;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "copiedFromId" INTEGER,
ADD COLUMN     "discussionInvite" TEXT,
ADD COLUMN     "discussionPosts" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "discussionThreadId" INTEGER,
ADD COLUMN     "finishedAt" TIMESTAMP(3),
ADD COLUMN     "hours" INTEGER,
ADD COLUMN     "reviewComment" TEXT,
ADD COLUMN     "reviewRequestedAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

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
ALTER TABLE "Step" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "rubricVersion" INTEGER NOT NULL DEFAULT 1;

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
CREATE TABLE "ProjectCoauthor" (
    "projectId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "addedById" INTEGER,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectCoauthor_pkey" PRIMARY KEY ("projectId","userId")
);

-- CreateTable
CREATE TABLE "ExpertInvite" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "claimedById" INTEGER,
    "claimedAt" TIMESTAMP(3),
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "ExpertInvite_pkey" PRIMARY KEY ("id")
);

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

-- CreateTable
CREATE TABLE "DeliveryPreference" (
    "userId" INTEGER NOT NULL,
    "deadlines" BOOLEAN NOT NULL DEFAULT true,
    "weeklyDigest" BOOLEAN NOT NULL DEFAULT true,
    "awards" TEXT NOT NULL DEFAULT 'now',
    "news" BOOLEAN NOT NULL DEFAULT true,
    "reviewSummary" BOOLEAN NOT NULL DEFAULT true,
    "quietFrom" INTEGER DEFAULT 1320,
    "quietTo" INTEGER DEFAULT 480,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeliveryPreference_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "WebLogin" (
    "id" SERIAL NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "WebLogin_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebSession" (
    "idHash" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "csrfToken" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebSession_pkey" PRIMARY KEY ("idHash")
);

-- CreateIndex
CREATE INDEX "ProjectCoauthor_userId_idx" ON "ProjectCoauthor"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ExpertInvite_tokenHash_key" ON "ExpertInvite"("tokenHash");

-- CreateIndex
CREATE INDEX "ExpertInvite_projectId_idx" ON "ExpertInvite"("projectId");

-- CreateIndex
CREATE INDEX "WorkshopMember_userId_idx" ON "WorkshopMember"("userId");

-- CreateIndex
CREATE INDEX "GroupLink_purpose_active_idx" ON "GroupLink"("purpose", "active");

-- CreateIndex
CREATE UNIQUE INDEX "WebLogin_tokenHash_key" ON "WebLogin"("tokenHash");

-- CreateIndex
CREATE INDEX "WebLogin_userId_createdAt_idx" ON "WebLogin"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "WebSession_userId_idx" ON "WebSession"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_userId_projectId_key" ON "Certificate"("userId", "projectId");

-- CreateIndex
CREATE INDEX "ChecklistItem_stepId_untilVersion_idx" ON "ChecklistItem"("stepId", "untilVersion");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistItem_stepId_sinceVersion_position_key" ON "ChecklistItem"("stepId", "sinceVersion", "position");

-- CreateIndex
CREATE INDEX "Criterion_stepId_untilVersion_idx" ON "Criterion"("stepId", "untilVersion");

-- CreateIndex
CREATE UNIQUE INDEX "Criterion_stepId_sinceVersion_position_key" ON "Criterion"("stepId", "sinceVersion", "position");

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
ALTER TABLE "ProjectCoauthor" ADD CONSTRAINT "ProjectCoauthor_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectCoauthor" ADD CONSTRAINT "ProjectCoauthor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertInvite" ADD CONSTRAINT "ExpertInvite_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopMember" ADD CONSTRAINT "WorkshopMember_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopMember" ADD CONSTRAINT "WorkshopMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlotBooking" ADD CONSTRAINT "SlotBooking_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveryPreference" ADD CONSTRAINT "DeliveryPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebLogin" ADD CONSTRAINT "WebLogin_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebSession" ADD CONSTRAINT "WebSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
