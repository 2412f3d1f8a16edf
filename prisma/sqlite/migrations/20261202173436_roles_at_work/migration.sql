-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "category" TEXT;

-- CreateTable
CREATE TABLE "ProjectCoauthor" (
    "projectId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "addedById" INTEGER,
    "addedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("projectId", "userId"),
    CONSTRAINT "ProjectCoauthor_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProjectCoauthor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ExpertInvite" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "claimedById" INTEGER,
    "claimedAt" DATETIME,
    "decidedById" INTEGER,
    "decidedAt" DATETIME,
    CONSTRAINT "ExpertInvite_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WorkshopMember" (
    "workshopId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("workshopId", "userId"),
    CONSTRAINT "WorkshopMember_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WorkshopMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GroupLink" (
    "chatId" BIGINT NOT NULL PRIMARY KEY,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DeliveryPreference" (
    "userId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "deadlines" BOOLEAN NOT NULL DEFAULT true,
    "weeklyDigest" BOOLEAN NOT NULL DEFAULT true,
    "awards" TEXT NOT NULL DEFAULT 'now',
    "news" BOOLEAN NOT NULL DEFAULT true,
    "reviewSummary" BOOLEAN NOT NULL DEFAULT true,
    "quietFrom" INTEGER DEFAULT 1320,
    "quietTo" INTEGER DEFAULT 480,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DeliveryPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WebLogin" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tokenHash" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    CONSTRAINT "WebLogin_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WebSession" (
    "idHash" TEXT NOT NULL PRIMARY KEY,
    "userId" INTEGER NOT NULL,
    "csrfToken" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "WebSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Certificate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'step',
    "userId" INTEGER NOT NULL,
    "stepId" INTEGER,
    "submissionId" INTEGER,
    "projectId" INTEGER,
    "hours" INTEGER,
    "points" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "renderTries" INTEGER NOT NULL DEFAULT 0,
    "fileId" TEXT,
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    "revokeReason" TEXT,
    CONSTRAINT "Certificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Certificate_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "Step" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Certificate_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Certificate_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Certificate" ("code", "fileId", "id", "issuedAt", "points", "renderTries", "revokeReason", "revokedAt", "status", "stepId", "submissionId", "userId") SELECT "code", "fileId", "id", "issuedAt", "points", "renderTries", "revokeReason", "revokedAt", "status", "stepId", "submissionId", "userId" FROM "Certificate";
DROP TABLE "Certificate";
ALTER TABLE "new_Certificate" RENAME TO "Certificate";
CREATE UNIQUE INDEX "Certificate_code_key" ON "Certificate"("code");
CREATE UNIQUE INDEX "Certificate_submissionId_key" ON "Certificate"("submissionId");
CREATE UNIQUE INDEX "Certificate_userId_stepId_key" ON "Certificate"("userId", "stepId");
CREATE UNIQUE INDEX "Certificate_userId_projectId_key" ON "Certificate"("userId", "projectId");
CREATE TABLE "new_ChecklistItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "stepId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "hint" TEXT NOT NULL DEFAULT '',
    "accepts" TEXT NOT NULL DEFAULT 'any',
    "required" BOOLEAN NOT NULL DEFAULT true,
    "sinceVersion" INTEGER NOT NULL DEFAULT 1,
    "untilVersion" INTEGER,
    CONSTRAINT "ChecklistItem_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "Step" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ChecklistItem" ("accepts", "hint", "id", "position", "required", "stepId", "title") SELECT "accepts", "hint", "id", "position", "required", "stepId", "title" FROM "ChecklistItem";
DROP TABLE "ChecklistItem";
ALTER TABLE "new_ChecklistItem" RENAME TO "ChecklistItem";
CREATE INDEX "ChecklistItem_stepId_untilVersion_idx" ON "ChecklistItem"("stepId", "untilVersion");
CREATE UNIQUE INDEX "ChecklistItem_stepId_sinceVersion_position_key" ON "ChecklistItem"("stepId", "sinceVersion", "position");
CREATE TABLE "new_Criterion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "stepId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "maxPoints" INTEGER NOT NULL,
    "yesNo" BOOLEAN NOT NULL DEFAULT false,
    "sinceVersion" INTEGER NOT NULL DEFAULT 1,
    "untilVersion" INTEGER,
    CONSTRAINT "Criterion_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "Step" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Criterion" ("id", "maxPoints", "position", "stepId", "title", "yesNo") SELECT "id", "maxPoints", "position", "stepId", "title", "yesNo" FROM "Criterion";
DROP TABLE "Criterion";
ALTER TABLE "new_Criterion" RENAME TO "Criterion";
CREATE INDEX "Criterion_stepId_untilVersion_idx" ON "Criterion"("stepId", "untilVersion");
CREATE UNIQUE INDEX "Criterion_stepId_sinceVersion_position_key" ON "Criterion"("stepId", "sinceVersion", "position");
CREATE TABLE "new_DiscussionSlot" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "period" TEXT NOT NULL DEFAULT '',
    "onlineUrl" TEXT,
    "perMunicipality" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_DiscussionSlot" ("endsAt", "id", "startsAt", "title") SELECT "endsAt", "id", "startsAt", "title" FROM "DiscussionSlot";
DROP TABLE "DiscussionSlot";
ALTER TABLE "new_DiscussionSlot" RENAME TO "DiscussionSlot";
CREATE INDEX "DiscussionSlot_period_idx" ON "DiscussionSlot"("period");
CREATE UNIQUE INDEX "DiscussionSlot_startsAt_period_key" ON "DiscussionSlot"("startsAt", "period");
CREATE TABLE "new_Project" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "startsOn" DATETIME NOT NULL,
    "endsOn" DATETIME NOT NULL,
    "authorId" INTEGER,
    "allowLateWork" BOOLEAN NOT NULL DEFAULT false,
    "stepsInOrder" BOOLEAN NOT NULL DEFAULT true,
    "otherGuildsPolicy" TEXT NOT NULL DEFAULT 'confirm',
    "roadmapItemId" INTEGER,
    "discussionChatId" BIGINT,
    "hours" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "reviewRequestedAt" DATETIME,
    "reviewComment" TEXT,
    "copiedFromId" INTEGER,
    "finishedAt" DATETIME,
    "discussionThreadId" INTEGER,
    "discussionInvite" TEXT,
    "discussionPosts" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Project_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Project_roadmapItemId_fkey" FOREIGN KEY ("roadmapItemId") REFERENCES "RoadmapItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Project" ("allowLateWork", "authorId", "createdAt", "deletedAt", "description", "discussionChatId", "endsOn", "id", "kind", "level", "otherGuildsPolicy", "roadmapItemId", "startsOn", "status", "stepsInOrder", "summary", "title", "updatedAt") SELECT "allowLateWork", "authorId", "createdAt", "deletedAt", "description", "discussionChatId", "endsOn", "id", "kind", "level", "otherGuildsPolicy", "roadmapItemId", "startsOn", "status", "stepsInOrder", "summary", "title", "updatedAt" FROM "Project";
DROP TABLE "Project";
ALTER TABLE "new_Project" RENAME TO "Project";
CREATE INDEX "Project_status_startsOn_idx" ON "Project"("status", "startsOn");
CREATE TABLE "new_Proposal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'new',
    "comment" TEXT,
    "fileKind" TEXT,
    "fileId" TEXT,
    "fileName" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "decidedById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Proposal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Proposal" ("createdAt", "id", "status", "text", "userId") SELECT "createdAt", "id", "status", "text", "userId" FROM "Proposal";
DROP TABLE "Proposal";
ALTER TABLE "new_Proposal" RENAME TO "Proposal";
CREATE INDEX "Proposal_status_createdAt_idx" ON "Proposal"("status", "createdAt");
CREATE INDEX "Proposal_userId_idx" ON "Proposal"("userId");
CREATE TABLE "new_SlotBooking" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slotId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "municipalityId" INTEGER NOT NULL,
    "projectId" INTEGER,
    "period" TEXT NOT NULL DEFAULT '',
    "ordinal" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SlotBooking_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "DiscussionSlot" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SlotBooking_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SlotBooking_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SlotBooking_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_SlotBooking" ("createdAt", "id", "municipalityId", "projectId", "slotId", "userId") SELECT "createdAt", "id", "municipalityId", "projectId", "slotId", "userId" FROM "SlotBooking";
DROP TABLE "SlotBooking";
ALTER TABLE "new_SlotBooking" RENAME TO "SlotBooking";
CREATE UNIQUE INDEX "SlotBooking_slotId_key" ON "SlotBooking"("slotId");
CREATE INDEX "SlotBooking_userId_idx" ON "SlotBooking"("userId");
CREATE UNIQUE INDEX "SlotBooking_municipalityId_period_ordinal_key" ON "SlotBooking"("municipalityId", "period", "ordinal");
CREATE TABLE "new_Step" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "startsOn" DATETIME NOT NULL,
    "endsOn" DATETIME NOT NULL,
    "rubricVersion" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Step_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Step" ("description", "endsOn", "id", "position", "projectId", "rubricVersion", "startsOn", "title") SELECT "description", "endsOn", "id", "position", "projectId", "rubricVersion", "startsOn", "title" FROM "Step";
DROP TABLE "Step";
ALTER TABLE "new_Step" RENAME TO "Step";
CREATE UNIQUE INDEX "Step_projectId_position_key" ON "Step"("projectId", "position");
CREATE TABLE "new_Submission" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "enrolmentId" INTEGER NOT NULL,
    "stepId" INTEGER NOT NULL,
    "attempt" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "rubricVersion" INTEGER NOT NULL DEFAULT 1,
    "openKey" TEXT,
    "submittedAt" DATETIME,
    "decidedAt" DATETIME,
    "claimedById" INTEGER,
    "claimExpiresAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Submission_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Submission_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "Step" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Submission_claimedById_fkey" FOREIGN KEY ("claimedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Submission" ("attempt", "claimExpiresAt", "claimedById", "createdAt", "decidedAt", "enrolmentId", "id", "openKey", "status", "stepId", "submittedAt", "updatedAt") SELECT "attempt", "claimExpiresAt", "claimedById", "createdAt", "decidedAt", "enrolmentId", "id", "openKey", "status", "stepId", "submittedAt", "updatedAt" FROM "Submission";
DROP TABLE "Submission";
ALTER TABLE "new_Submission" RENAME TO "Submission";
CREATE UNIQUE INDEX "Submission_openKey_key" ON "Submission"("openKey");
CREATE INDEX "Submission_status_submittedAt_idx" ON "Submission"("status", "submittedAt");
CREATE UNIQUE INDEX "Submission_enrolmentId_stepId_attempt_key" ON "Submission"("enrolmentId", "stepId", "attempt");
CREATE TABLE "new_Workshop" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER,
    "title" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    "chatId" BIGINT,
    "threadId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'open',
    "idea" TEXT NOT NULL DEFAULT '',
    "outcome" TEXT NOT NULL DEFAULT '',
    "path" TEXT NOT NULL DEFAULT '',
    "guildCodes" TEXT NOT NULL DEFAULT '',
    "formingUntil" DATETIME,
    "cap" INTEGER,
    "memberCount" INTEGER NOT NULL DEFAULT 0,
    "cardMessageId" INTEGER,
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Workshop_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Workshop_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Workshop" ("authorId", "chatId", "createdAt", "id", "projectId", "status", "threadId", "title") SELECT "authorId", "chatId", "createdAt", "id", "projectId", "status", "threadId", "title" FROM "Workshop";
DROP TABLE "Workshop";
ALTER TABLE "new_Workshop" RENAME TO "Workshop";
CREATE INDEX "Workshop_status_idx" ON "Workshop"("status");
CREATE UNIQUE INDEX "Workshop_chatId_threadId_key" ON "Workshop"("chatId", "threadId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
