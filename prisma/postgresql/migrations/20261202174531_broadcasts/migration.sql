-- AlterTable
ALTER TABLE "Broadcast" ADD COLUMN     "finishedAt" TIMESTAMP(3),
ADD COLUMN     "post" JSONB,
ADD COLUMN     "progressAt" TIMESTAMP(3),
ADD COLUMN     "sendAt" TIMESTAMP(3),
ADD COLUMN     "startedAt" TIMESTAMP(3),
ADD COLUMN     "statusChatId" BIGINT,
ADD COLUMN     "statusMessageId" INTEGER,
ALTER COLUMN "status" SET DEFAULT 'draft';

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "broadcastId" INTEGER,
ADD COLUMN     "data" JSONB,
ADD COLUMN     "kind" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "unreachableAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Broadcast_status_sendAt_idx" ON "Broadcast"("status", "sendAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_broadcastId_status_idx" ON "OutboxMessage"("broadcastId", "status");
