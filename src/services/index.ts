// Wires the use-case services to their dependencies (one place, so bot, web and jobs share them).
import type { Db } from '../db/client.ts';
import { CatalogueService } from './catalogue.ts';
import type { Clock } from '../runtime/clock.ts';
import { DirectoryService } from './directory.ts';
import { EnrolmentService } from './enrolment.ts';
import type { Translate } from './translator.ts';
import { SubmissionService } from './submissions.ts';
import { UserService } from './users.ts';
import { PdfRenderer } from '../render/pdf-renderer.ts';
import { CertificateService } from './certificates.ts';
import { combineGradeHooks } from './grade-hooks.ts';
import { GradingService } from './grading/index.ts';
import { PortfolioService } from './portfolio.ts';
import { RatingService } from './rating.ts';
import { RewardsService } from './rewards.ts';
import { DiscussionService } from './groups/discussions.ts';
import { GroupLinkService } from './groups/links.ts';
import { Notifier } from './groups/notify.ts';
import { ProposalService } from './groups/proposals.ts';
import { SlotService } from './groups/slots.ts';
import { WorkshopService } from './groups/workshops.ts';

export interface Services {
  users: UserService;
  directory: DirectoryService;
  catalogue: CatalogueService;
  enrolment: EnrolmentService;
  submissions: SubmissionService;
  /** One shared Chromium (started on first use) for certificates and portfolios. */
  pdf: PdfRenderer;
  certificates: CertificateService;
  portfolio: PortfolioService;
  /** Levels, badges, quests: evaluate(tx, userId, event) from features whose events earn badges. */
  rewards: RewardsService;
  rating: RatingService;
  /** Expert review: assignment, queue, claims, grades, corrections, new-work notices. */
  grading: GradingService;
  /** Bot-managed groups: their rights and purpose (developers' chat, project discussions). */
  groups: GroupLinkService;
  workshops: WorkshopService;
  discussions: DiscussionService;
  slots: SlotService;
  proposals: ProposalService;
  // (each feature adds its service here)
}

export interface ServiceDeps {
  db: Db;
  clock: Clock;
  translate: Translate;
  defaultLocale: string;
  timeZone: string;
  publicUrl: string;
}

export function createServices(deps: ServiceDeps): Services {
  const users = new UserService(deps.db, deps.clock, deps.translate, deps.defaultLocale);
  const directory = new DirectoryService(deps.db);
  const catalogue = new CatalogueService(deps.db, deps.clock, deps.timeZone);
  const enrolment = new EnrolmentService(deps.db, deps.clock, deps.timeZone, catalogue);
  const submissions = new SubmissionService(deps.db, deps.clock, deps.translate, deps.defaultLocale, deps.timeZone);
  const pdf = new PdfRenderer();
  const certificates = new CertificateService(deps);
  const portfolio = new PortfolioService({ ...deps, renderer: pdf });
  const rewards = new RewardsService(deps.db, deps.clock, deps.translate, deps.defaultLocale);
  const rating = new RatingService(deps.db, deps.clock);
  // What follows a saved grade, in its transaction; subscribers run in this order.
  const gradeHooks = combineGradeHooks(certificates.gradeHooks, rewards);
  const grading = new GradingService(deps, gradeHooks);
  const notifier = new Notifier(deps.translate, deps.defaultLocale);
  const groups = new GroupLinkService(deps.db, deps.clock, notifier);
  const workshops = new WorkshopService(deps.db, deps.clock, deps.timeZone, groups, rewards, notifier);
  const discussions = new DiscussionService(deps.db, deps.clock, deps.timeZone, groups, notifier);
  const slots = new SlotService(deps.db, deps.clock, deps.timeZone, notifier);
  const proposals = new ProposalService(deps.db, deps.clock, notifier);
  // (each feature constructs its service here)
  return {
    users,
    directory,
    catalogue,
    enrolment,
    submissions,
    pdf,
    certificates,
    portfolio,
    rewards,
    rating,
    grading,
    groups,
    workshops,
    discussions,
    slots,
    proposals,
    // (each feature lists its service here)
  };
}
