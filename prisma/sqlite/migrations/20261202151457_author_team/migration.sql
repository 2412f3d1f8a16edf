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
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ProjectCoauthor_userId_idx" ON "ProjectCoauthor"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ExpertInvite_tokenHash_key" ON "ExpertInvite"("tokenHash");

-- CreateIndex
CREATE INDEX "ExpertInvite_projectId_idx" ON "ExpertInvite"("projectId");
