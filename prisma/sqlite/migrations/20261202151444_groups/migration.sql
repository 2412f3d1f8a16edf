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

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
CREATE INDEX "WorkshopMember_userId_idx" ON "WorkshopMember"("userId");

-- CreateIndex
CREATE INDEX "GroupLink_purpose_active_idx" ON "GroupLink"("purpose", "active");
