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

    CONSTRAINT "RoadmapRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoadmapRow" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoadmapRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RoadmapRevision_year_number_key" ON "RoadmapRevision"("year", "number");

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
