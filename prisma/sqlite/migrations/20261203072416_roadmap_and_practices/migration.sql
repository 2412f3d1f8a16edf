-- CreateTable
CREATE TABLE "RoadmapRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changedAt" DATETIME,
    CONSTRAINT "RoadmapRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoadmapRow" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "year" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Practice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "submissionId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "projectId" INTEGER NOT NULL,
    "stepId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "round" INTEGER NOT NULL DEFAULT 1,
    "proposedById" INTEGER NOT NULL,
    "proposedAt" DATETIME NOT NULL,
    "consentAt" DATETIME,
    "consentVia" TEXT,
    "decidedAt" DATETIME,
    "withdrawnById" INTEGER,
    "withdrawnAt" DATETIME,
    "withdrawReason" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Practice_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Practice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Practice_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Practice_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "Step" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PracticeItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "practiceId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fileId" TEXT,
    "fileName" TEXT,
    "mimeType" TEXT,
    "fileSize" INTEGER,
    "url" TEXT,
    "text" TEXT,
    CONSTRAINT "PracticeItem_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "roadmapRowId" INTEGER,
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
    CONSTRAINT "Project_roadmapRowId_fkey" FOREIGN KEY ("roadmapRowId") REFERENCES "RoadmapRow" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Project" ("allowLateWork", "authorId", "copiedFromId", "createdAt", "deletedAt", "description", "discussionChatId", "discussionInvite", "discussionPosts", "discussionThreadId", "endsOn", "finishedAt", "hours", "id", "kind", "level", "otherGuildsPolicy", "reviewComment", "reviewRequestedAt", "startsOn", "status", "stepsInOrder", "summary", "title", "updatedAt", "version") SELECT "allowLateWork", "authorId", "copiedFromId", "createdAt", "deletedAt", "description", "discussionChatId", "discussionInvite", "discussionPosts", "discussionThreadId", "endsOn", "finishedAt", "hours", "id", "kind", "level", "otherGuildsPolicy", "reviewComment", "reviewRequestedAt", "startsOn", "status", "stepsInOrder", "summary", "title", "updatedAt", "version" FROM "Project";
DROP TABLE "Project";
ALTER TABLE "new_Project" RENAME TO "Project";
CREATE INDEX "Project_status_startsOn_idx" ON "Project"("status", "startsOn");
CREATE INDEX "Project_roadmapRowId_idx" ON "Project"("roadmapRowId");
CREATE TABLE "new_RoadmapItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "revisionId" INTEGER NOT NULL,
    "rowId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "directionId" INTEGER,
    "event" TEXT NOT NULL,
    "deadline" TEXT NOT NULL,
    "dueDate" DATETIME,
    "responsible" TEXT NOT NULL,
    "resultForm" TEXT NOT NULL,
    CONSTRAINT "RoadmapItem_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "RoadmapRevision" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RoadmapItem_rowId_fkey" FOREIGN KEY ("rowId") REFERENCES "RoadmapRow" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RoadmapItem_directionId_fkey" FOREIGN KEY ("directionId") REFERENCES "Direction" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_RoadmapItem" ("deadline", "directionId", "event", "id", "responsible", "resultForm") SELECT "deadline", "directionId", "event", "id", "responsible", "resultForm" FROM "RoadmapItem";
DROP TABLE "RoadmapItem";
ALTER TABLE "new_RoadmapItem" RENAME TO "RoadmapItem";
CREATE INDEX "RoadmapItem_revisionId_position_idx" ON "RoadmapItem"("revisionId", "position");
CREATE UNIQUE INDEX "RoadmapItem_revisionId_rowId_key" ON "RoadmapItem"("revisionId", "rowId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "RoadmapRevision_year_number_key" ON "RoadmapRevision"("year", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Practice_submissionId_key" ON "Practice"("submissionId");

-- CreateIndex
CREATE INDEX "Practice_status_decidedAt_idx" ON "Practice"("status", "decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeItem_practiceId_position_key" ON "PracticeItem"("practiceId", "position");
