-- AlterTable
ALTER TABLE "Certificate" ADD COLUMN     "hours" INTEGER,
ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'step',
ADD COLUMN     "projectId" INTEGER,
ALTER COLUMN "stepId" DROP NOT NULL,
ALTER COLUMN "submissionId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "ProjectCoauthor" (
    "projectId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "addedById" INTEGER,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectCoauthor_pkey" PRIMARY KEY ("projectId","userId")
);

-- CreateTable
CREATE TABLE "ExpertInvite" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "claimedById" INTEGER,
    "claimedAt" TIMESTAMP(3),
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "ExpertInvite_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProjectCoauthor_userId_idx" ON "ProjectCoauthor"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ExpertInvite_tokenHash_key" ON "ExpertInvite"("tokenHash");

-- CreateIndex
CREATE INDEX "ExpertInvite_projectId_idx" ON "ExpertInvite"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_userId_projectId_key" ON "Certificate"("userId", "projectId");

-- AddForeignKey
ALTER TABLE "ProjectCoauthor" ADD CONSTRAINT "ProjectCoauthor_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectCoauthor" ADD CONSTRAINT "ProjectCoauthor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertInvite" ADD CONSTRAINT "ExpertInvite_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
