-- DropIndex
DROP INDEX "ChecklistItem_stepId_position_key";

-- DropIndex
DROP INDEX "Criterion_stepId_position_key";

-- AlterTable
ALTER TABLE "ChecklistItem" ADD COLUMN     "sinceVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "untilVersion" INTEGER;

-- AlterTable
ALTER TABLE "Criterion" ADD COLUMN     "sinceVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "untilVersion" INTEGER;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "copiedFromId" INTEGER,
ADD COLUMN     "finishedAt" TIMESTAMP(3),
ADD COLUMN     "hours" INTEGER,
ADD COLUMN     "reviewComment" TEXT,
ADD COLUMN     "reviewRequestedAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Step" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "rubricVersion" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE INDEX "ChecklistItem_stepId_untilVersion_idx" ON "ChecklistItem"("stepId", "untilVersion");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistItem_stepId_sinceVersion_position_key" ON "ChecklistItem"("stepId", "sinceVersion", "position");

-- CreateIndex
CREATE INDEX "Criterion_stepId_untilVersion_idx" ON "Criterion"("stepId", "untilVersion");

-- CreateIndex
CREATE UNIQUE INDEX "Criterion_stepId_sinceVersion_position_key" ON "Criterion"("stepId", "sinceVersion", "position");
