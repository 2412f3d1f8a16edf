-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
