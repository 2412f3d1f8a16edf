-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "broadcastId" INTEGER;
ALTER TABLE "OutboxMessage" ADD COLUMN "data" JSONB;
ALTER TABLE "OutboxMessage" ADD COLUMN "kind" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN "unreachableAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Broadcast" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "newsId" INTEGER,
    "text" TEXT NOT NULL,
    "post" JSONB,
    "audience" JSONB NOT NULL,
    "createdById" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "total" INTEGER NOT NULL DEFAULT 0,
    "sendAt" DATETIME,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "statusChatId" BIGINT,
    "statusMessageId" INTEGER,
    "progressAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Broadcast_newsId_fkey" FOREIGN KEY ("newsId") REFERENCES "News" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Broadcast_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Broadcast" ("audience", "createdAt", "createdById", "id", "newsId", "status", "text", "total") SELECT "audience", "createdAt", "createdById", "id", "newsId", "status", "text", "total" FROM "Broadcast";
DROP TABLE "Broadcast";
ALTER TABLE "new_Broadcast" RENAME TO "Broadcast";
CREATE INDEX "Broadcast_status_sendAt_idx" ON "Broadcast"("status", "sendAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "OutboxMessage_broadcastId_status_idx" ON "OutboxMessage"("broadcastId", "status");
