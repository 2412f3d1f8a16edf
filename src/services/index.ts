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
import { createAuthoring, type AuthoringServices } from './authoring/index.ts';
import { AnalyticsService } from './analytics.ts';
import { ReviewLogService } from './review-log.ts';
import { UserAdminService } from './user-admin.ts';
import { WebAuthService } from './web-auth.ts';
import { DEFAULT_DIGEST_SCHEDULES, type DigestSchedules } from '../domain/digest-schedule.ts';
import { DeliveryPreferenceService } from './delivery-preferences.ts';
import { DigestService } from './digests.ts';
import { ModerationService } from './moderation.ts';
import { DiscussionService } from './groups/discussions.ts';
import { GroupLinkService } from './groups/links.ts';
import { Notifier } from './groups/notify.ts';
import { ProposalService } from './groups/proposals.ts';
import { SlotService } from './groups/slots.ts';
import { WorkshopService } from './groups/workshops.ts';
import { ExpertInviteService } from './expert-invites.ts';
import { ProjectDashboardService } from './project-dashboard.ts';
import { ProjectTeamService } from './project-team.ts';
import { BroadcastService } from './broadcasts.ts';
import { MessageRenderer } from '../messages/index.ts';
import { RoadmapService } from './roadmap.ts';
import { PracticeService } from './practices.ts';

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
  /** Project builder, review and publishing, files in and out, changes to running projects. */
  authoring: AuthoringServices;
  /** The admin web view: login links and sessions, statistics, moderators' lists and edits. */
  webAuth: WebAuthService;
  analytics: AnalyticsService;
  userAdmin: UserAdminService;
  reviewLog: ReviewLogService;
  /** /settings: what each person receives and when (applied by the outbox sender's gate). */
  preferences: DeliveryPreferenceService;
  /** Deadline reminders, weekly digests, experts' daily summaries (run by the job scheduler). */
  digests: DigestService;
  /** Moderators' corrections of people, organisations, projects and hand-ins, and the audit trail. */
  moderation: ModerationService;
  /** Bot-managed groups: their rights and purpose (developers' chat, project discussions). */
  groups: GroupLinkService;
  workshops: WorkshopService;
  discussions: DiscussionService;
  slots: SlotService;
  proposals: ProposalService;
  /** Co-authors and the team screen (permission rule: services/project-access.ts). */
  team: ProjectTeamService;
  expertInvites: ExpertInviteService;
  /** The author's dashboard and reminders. */
  dashboard: ProjectDashboardService;
  /** Typed notices rendered for each recipient (the outbox sender and previews use it). */
  messages: MessageRenderer;
  /** News posts and broadcasts: drafts, audiences, sending, pause/resume/cancel, /news. */
  broadcasts: BroadcastService;
  /** The year's roadmap: revisions, rows with progress from linked projects, comparisons. */
  roadmap: RoadmapService;
  /** The bank of best practices: proposals, the author's consent, search, withdrawal. */
  practices: PracticeService;
  // (each feature adds its service here)
}

export interface ServiceDeps {
  db: Db;
  clock: Clock;
  translate: Translate;
  defaultLocale: string;
  timeZone: string;
  publicUrl: string;
  /** When digests go out; the defaults of domain/digest-schedule.ts when not given. */
  digestSchedules?: DigestSchedules;
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
  // Project certificates come after rewards, which marks the enrolment completed.
  const gradeHooks = combineGradeHooks(certificates.gradeHooks, rewards, certificates.completionHooks);
  const grading = new GradingService(deps, gradeHooks);
  const authoring = createAuthoring({ db: deps.db, clock: deps.clock, translate: deps.translate, defaultLocale: deps.defaultLocale, timeZone: deps.timeZone, rewards, catalogue });
  const webAuth = new WebAuthService(deps.db, deps.clock, users, deps.publicUrl);
  const analytics = new AnalyticsService(deps.db, rating, deps.timeZone);
  const userAdmin = new UserAdminService(deps.db);
  const reviewLog = new ReviewLogService(deps.db);
  const preferences = new DeliveryPreferenceService(deps.db);
  const digests = new DigestService({ ...deps, schedules: deps.digestSchedules ?? DEFAULT_DIGEST_SCHEDULES });
  const moderation = new ModerationService(deps);
  const notifier = new Notifier(deps.translate, deps.defaultLocale);
  const groups = new GroupLinkService(deps.db, deps.clock, notifier);
  const workshops = new WorkshopService(deps.db, deps.clock, deps.timeZone, groups, rewards, notifier);
  const discussions = new DiscussionService(deps.db, deps.clock, deps.timeZone, groups, notifier);
  const slots = new SlotService(deps.db, deps.clock, deps.timeZone, notifier);
  const proposals = new ProposalService(deps.db, deps.clock, notifier);
  const team = new ProjectTeamService(deps);
  const expertInvites = new ExpertInviteService(deps);
  const dashboard = new ProjectDashboardService(deps);
  const messages = new MessageRenderer(deps.db, deps.translate, deps.defaultLocale, deps.timeZone);
  const broadcasts = new BroadcastService(deps.db, deps.clock);
  const roadmap = new RoadmapService(deps);
  const practices = new PracticeService(deps);
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
    authoring,
    webAuth,
    analytics,
    userAdmin,
    reviewLog,
    preferences,
    digests,
    moderation,
    groups,
    workshops,
    discussions,
    slots,
    proposals,
    team,
    expertInvites,
    dashboard,
    messages,
    broadcasts,
    roadmap,
    practices,
    // (each feature lists its service here)
  };
}
