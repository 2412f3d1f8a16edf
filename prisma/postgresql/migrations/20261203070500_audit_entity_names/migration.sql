-- Audit rows name their entity in lower-case kebab case, as /audit and the web filter ask for it.
UPDATE "AuditLog" SET "entity" = 'project' WHERE "entity" = 'Project';
UPDATE "AuditLog" SET "entity" = 'proposal' WHERE "entity" = 'Proposal';
UPDATE "AuditLog" SET "entity" = 'group-link' WHERE "entity" = 'GroupLink';
UPDATE "AuditLog" SET "entity" = 'discussion-slot' WHERE "entity" = 'DiscussionSlot';
