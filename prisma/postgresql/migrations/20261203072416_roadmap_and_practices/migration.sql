-- DropForeignKey
ALTER TABLE "Project" DROP CONSTRAINT "Project_roadmapItemId_fkey";

-- AlterTable
ALTER TABLE "Project" DROP COLUMN "roadmapItemId",
ADD COLUMN     "roadmapRowId" INTEGER;

-- AlterTable
ALTER TABLE "RoadmapItem" DROP COLUMN "quarter",
DROP COLUMN "year",
ADD COLUMN     "dueDate" TIMESTAMP(3),
ADD COLUMN     "position" INTEGER NOT NULL,
ADD COLUMN     "revisionId" INTEGER NOT NULL,
ADD COLUMN     "rowId" INTEGER NOT NULL;

-- CreateTable
CREATE TABLE "RoadmapRevision" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changedAt" TIMESTAMP(3),

    CONSTRAINT "RoadmapRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoadmapRow" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoadmapRow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Practice" (
    "id" SERIAL NOT NULL,
    "submissionId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "projectId" INTEGER NOT NULL,
    "stepId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "round" INTEGER NOT NULL DEFAULT 1,
    "proposedById" INTEGER NOT NULL,
    "proposedAt" TIMESTAMP(3) NOT NULL,
    "consentAt" TIMESTAMP(3),
    "consentVia" TEXT,
    "decidedAt" TIMESTAMP(3),
    "withdrawnById" INTEGER,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawReason" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Practice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeItem" (
    "id" SERIAL NOT NULL,
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

    CONSTRAINT "PracticeItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RoadmapRevision_year_number_key" ON "RoadmapRevision"("year", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Practice_submissionId_key" ON "Practice"("submissionId");

-- CreateIndex
CREATE INDEX "Practice_status_decidedAt_idx" ON "Practice"("status", "decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeItem_practiceId_position_key" ON "PracticeItem"("practiceId", "position");

-- CreateIndex
CREATE INDEX "Project_roadmapRowId_idx" ON "Project"("roadmapRowId");

-- CreateIndex
CREATE INDEX "RoadmapItem_revisionId_position_idx" ON "RoadmapItem"("revisionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "RoadmapItem_revisionId_rowId_key" ON "RoadmapItem"("revisionId", "rowId");

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_roadmapRowId_fkey" FOREIGN KEY ("roadmapRowId") REFERENCES "RoadmapRow"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapRevision" ADD CONSTRAINT "RoadmapRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapItem" ADD CONSTRAINT "RoadmapItem_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "RoadmapRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapItem" ADD CONSTRAINT "RoadmapItem_rowId_fkey" FOREIGN KEY ("rowId") REFERENCES "RoadmapRow"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "Step"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeItem" ADD CONSTRAINT "PracticeItem_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;
