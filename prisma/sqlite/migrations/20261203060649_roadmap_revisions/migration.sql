-- CreateTable
CREATE TABLE "RoadmapRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RoadmapRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoadmapRow" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "year" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
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
