-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "category" TEXT;

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
