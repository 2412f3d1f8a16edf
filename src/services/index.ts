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
import { ExpertInviteService } from './expert-invites.ts';
import { ProjectDashboardService } from './project-dashboard.ts';
import { ProjectTeamService } from './project-team.ts';

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
  /** Co-authors and the team screen (permission rule: services/project-access.ts). */
  team: ProjectTeamService;
  expertInvites: ExpertInviteService;
  /** The author's dashboard and reminders. */
  dashboard: ProjectDashboardService;
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
  // Project certificates come after rewards, which marks the enrolment completed.
  const gradeHooks = combineGradeHooks(certificates.gradeHooks, rewards, certificates.completionHooks);
  const grading = new GradingService(deps, gradeHooks);
  const team = new ProjectTeamService(deps);
  const expertInvites = new ExpertInviteService(deps);
  const dashboard = new ProjectDashboardService(deps);
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
    team,
    expertInvites,
    dashboard,
    // (each feature lists its service here)
  };
}
