// The project builder: /newproject, /myprojects and every builder button (`au:`), one message edited
// in place; typed answers go through the builder's conversations. Files: export as YAML/JSON, and a
// .yaml/.yml/.json document sent to the bot becomes a new draft (/import explains the format).
import { Composer, GrammyError, InputFile, type Context } from 'grammy';
import type { I18nFlavor } from '@grammyjs/i18n';
import { ITEM_ACCEPTS, PROJECT_KINDS, PROJECT_LEVELS } from '../../domain/project-draft.ts';
import { ImportError, IMPORT_MAX_BYTES } from '../../services/authoring/transfer.ts';
import { ServiceError } from '../../services/users.ts';
import { AUTHORING_PREFIX, decodeAuthoring, type AuthoringVerb } from '../authoring-data.ts';
import type { BotContext } from '../context.ts';
import type { FeatureDeps } from '../create-bot.ts';
import { installProjectConversation, AUTHORING_PROJECT } from '../conversations/authoring-project.ts';
import { installReturnConversation } from '../conversations/authoring-return.ts';
import { installStepConversation, AUTHORING_STEP } from '../conversations/authoring-step.ts';
import { QUESTION_PREFIX } from '../conversations/authoring-common.ts';
import { startConversation } from '../conversations/start-conversation.ts';
import { escapeHtml } from '../html.ts';
import type { Screen, ViewEnv } from '../views/catalogue-view.ts';
import {
  criterionScreen,
  itemScreen,
  kindScreen,
  levelScreen,
  myProjectsScreen,
  pickerScreen,
  previewProjectScreen,
  previewStepScreen,
  projectFieldOf,
  projectScreen,
  stepEditScreen,
  stepFieldOf,
} from '../views/authoring-view.ts';
import { InlineKeyboard } from 'grammy';
import { au } from '../authoring-data.ts';
import { registeredPerson } from '../registered.ts';

type AnyContext = Context & I18nFlavor;

export interface AuthoringFeatureOptions {
  /** For downloading imported files: `${apiRoot}/file/bot${token}/${file_path}`. */
  apiRoot: string;
  token: string;
}

const sendOptions = (screen: Screen) => ({ parse_mode: 'HTML' as const, reply_markup: screen.keyboard, link_preview_options: { is_disabled: true } });

export async function showScreen(ctx: BotContext, screen: Screen): Promise<void> {
  try {
    await ctx.editMessageText(screen.text, sendOptions(screen));
  } catch (error) {
    if (!(error instanceof GrammyError)) throw error;
    if (error.description.includes('message is not modified')) return;
    await ctx.reply(screen.text, sendOptions(screen));
  }
}

const FILE_NAME = /\.(ya?ml|json)$/i;
/** Buttons that change a step on a given version; after a conflict the step is shown afresh. */
const STEP_CHANGES = new Set<AuthoringVerb>(['se', 'sm', 'sx', 'sX', 'ma', 'mx', 'ia', 'ir', 'it', 'ih', 'ix', 'ca', 'cp', 'cx']);

export function authoringFeature(deps: FeatureDeps, options: AuthoringFeatureOptions): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const { authoring, catalogue } = deps.services;
  const conversationDeps = { services: deps.services, timeZone: deps.timeZone, plugins: deps.conversationPlugins, now: () => deps.clock.now() };
  installProjectConversation(feature, conversationDeps);
  installStepConversation(feature, conversationDeps);
  installReturnConversation(feature, conversationDeps);

  const envOf = async (ctx: AnyContext): Promise<ViewEnv> => ({
    t: (key, vars) => ctx.t(key, vars),
    locale: (await ctx.i18n.getLocale()) === 'en' ? 'en' : 'ru',
    timeZone: deps.timeZone,
    now: deps.clock.now(),
    ref: await catalogue.reference(),
  });
  const botUsername = (ctx: AnyContext) => {
    try {
      return ctx.me.username;
    } catch {
      return undefined;
    }
  };
  const canAuthor = (ctx: BotContext) => !!ctx.person?.roles.some((r) => r === 'author' || r === 'moderator' || r === 'admin');

  feature.command('newproject', async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    if (!canAuthor(ctx)) return void (await ctx.reply(ctx.t('authoring-err-not-author')));
    await startConversation(ctx, AUTHORING_PROJECT, person.id, { kind: 'new' });
  });

  feature.command('myprojects', async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    const screen = myProjectsScreen(await envOf(ctx), await authoring.read.myProjects(person.id), canAuthor(ctx));
    await ctx.reply(screen.text, sendOptions(screen));
  });

  feature.command('import', async (ctx) => {
    if (!(await registeredPerson(ctx))) return;
    if (!canAuthor(ctx)) return void (await ctx.reply(ctx.t('authoring-err-not-author')));
    await ctx.reply(ctx.t('authoring-import-help', { max: IMPORT_MAX_BYTES / 1_000_000 }), { parse_mode: 'HTML' });
  });

  // A project file sent to the bot (outside any conversation) becomes a new draft.
  feature.on('message:document', async (ctx, next) => {
    const doc = ctx.message.document;
    if (!FILE_NAME.test(doc.file_name ?? '')) return next();
    const person = await registeredPerson(ctx);
    if (!person) return;
    if (!canAuthor(ctx)) return void (await ctx.reply(ctx.t('authoring-err-not-author')));
    if ((doc.file_size ?? 0) > IMPORT_MAX_BYTES) return void (await ctx.reply(ctx.t('authoring-import-too-large', { max: IMPORT_MAX_BYTES / 1_000_000 })));
    const file = await ctx.api.getFile(doc.file_id);
    const response = file.file_path ? await fetch(`${options.apiRoot}/file/bot${options.token}/${file.file_path}`) : null;
    if (!response?.ok) return void (await ctx.reply(ctx.t('authoring-import-download-failed')));
    const bytes = Buffer.from(await response.arrayBuffer());
    if (bytes.length > IMPORT_MAX_BYTES) return void (await ctx.reply(ctx.t('authoring-import-too-large', { max: IMPORT_MAX_BYTES / 1_000_000 })));
    const content = bytes.toString('utf8');
    if (content.includes('\u0000')) return void (await ctx.reply(ctx.t('authoring-import-not-yaml-file')));
    try {
      const projectId = await authoring.transfer.importProject(person.id, content);
      await ctx.reply(ctx.t('authoring-imported'));
      const screen = projectScreen(await envOf(ctx), await authoring.read.project(person.id, projectId));
      await ctx.reply(screen.text, sendOptions(screen));
    } catch (error) {
      if (error instanceof ImportError) {
        const lines = error.problems.map((p) => ctx.t('authoring-import-problem', { where: escapeHtml(p.path || '—'), line: p.line ?? '?', what: ctx.t(p.key, Object.fromEntries(Object.entries(p.vars ?? {}).map(([k, v]) => [k, typeof v === 'string' ? escapeHtml(v) : v]))) }));
        return void (await ctx.reply([ctx.t('authoring-import-refused'), ...lines].join('\n'), { parse_mode: 'HTML' }));
      }
      if (error instanceof ServiceError) return void (await ctx.reply(ctx.t(error.code, error.vars)));
      throw error;
    }
  });

  feature.callbackQuery(new RegExp(`^${AUTHORING_PREFIX}:`), async (ctx) => {
    const action = decodeAuthoring(ctx.callbackQuery.data);
    if (!action) return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
    const person = await registeredPerson(ctx);
    if (!person) return;
    try {
      await handle(ctx, person.id, action.verb, action.args);
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      await ctx.answerCallbackQuery({ text: ctx.t(error.code, error.vars).slice(0, 200), show_alert: true });
      // A change made on an older version: the person sees the fresh state.
      if (error.code === 'authoring-err-conflict' && action.verb !== 'list' && action.args[0] !== undefined) {
        const stepId = STEP_CHANGES.has(action.verb) ? action.args[0] : null;
        if (stepId !== null) {
          const fresh = await authoring.read.step(person.id, stepId).catch(() => null);
          if (fresh) await showScreen(ctx, stepEditScreen(await envOf(ctx), fresh));
        }
      }
    }
  });

  async function handle(ctx: BotContext, userId: number, verb: AuthoringVerb, args: number[]): Promise<void> {
    const env = await envOf(ctx);
    const [a = 0, b = 0, c = 0, d = 0] = args;
    const project = async (id: number, notice?: string) => {
      const view = await authoring.read.project(userId, id);
      await ctx.answerCallbackQuery(notice ? { text: notice } : undefined);
      await showScreen(ctx, projectScreen(env, view));
    };
    const step = async (id: number, notice?: string) => {
      const view = await authoring.read.step(userId, id);
      await ctx.answerCallbackQuery(notice ? { text: notice } : undefined);
      await showScreen(ctx, stepEditScreen(env, view));
    };
    const withdrawnNotice = (r: { withdrawn: boolean }) => (r.withdrawn ? ctx.t('authoring-withdrawn') : undefined);
    const ask = async (id: string, ...params: unknown[]) => {
      // Reading first checks access, so a forged button opens no question.
      await ctx.answerCallbackQuery();
      await startConversation(ctx, id, userId, ...params);
    };

    switch (verb) {
      case 'list':
        await ctx.answerCallbackQuery();
        return showScreen(ctx, myProjectsScreen(env, await authoring.read.myProjects(userId), canAuthor(ctx)));
      case 'p':
        return project(a);
      case 'pe': {
        const field = projectFieldOf(b);
        if (!field) return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
        const view = await authoring.read.project(userId, a);
        if (view.status === 'finished') throw new ServiceError('authoring-err-finished');
        return ask(AUTHORING_PROJECT, { kind: 'field', projectId: a, field });
      }
      case 'pk':
        await ctx.answerCallbackQuery();
        return showScreen(ctx, kindScreen(env, await authoring.read.project(userId, a)));
      case 'pK': {
        const kind = PROJECT_KINDS[b];
        if (!kind) return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
        return project(a, withdrawnNotice(await authoring.projects.setKind(userId, a, kind)));
      }
      case 'pl':
        await ctx.answerCallbackQuery();
        return showScreen(ctx, levelScreen(env, await authoring.read.project(userId, a)));
      case 'pL': {
        const level = PROJECT_LEVELS[b];
        if (!level) return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
        return project(a, withdrawnNotice(await authoring.projects.setLevel(userId, a, level)));
      }
      case 'pg':
      case 'pd':
        await ctx.answerCallbackQuery();
        return showScreen(ctx, pickerScreen(env, await authoring.read.project(userId, a), verb === 'pg' ? 'guilds' : 'directions'));
      case 'pG':
      case 'pD': {
        const which = verb === 'pG' ? 'guilds' : 'directions';
        const item = (which === 'guilds' ? env.ref.guilds : env.ref.directions)[b];
        if (!item) return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
        const view = await authoring.read.project(userId, a);
        const current = which === 'guilds' ? view.guildCodes : view.directionCodes;
        let next = current.includes(item.code) ? current.filter((x) => x !== item.code) : [...current.filter((x) => !(which === 'guilds' && x === 'any')), item.code];
        if (which === 'guilds' && item.code === 'any' && !current.includes('any')) next = ['any'];
        const result = which === 'guilds' ? await authoring.projects.setGuilds(userId, a, next) : await authoring.projects.setDirections(userId, a, next);
        await ctx.answerCallbackQuery(withdrawnNotice(result) ? { text: withdrawnNotice(result) } : undefined);
        return showScreen(ctx, pickerScreen(env, await authoring.read.project(userId, a), which));
      }
      case 'pr': {
        const view = await authoring.read.project(userId, a);
        const flags = b === 0 ? { allowLateWork: !view.allowLateWork } : { stepsInOrder: !view.stepsInOrder };
        return project(a, withdrawnNotice(await authoring.projects.setFlags(userId, a, flags)));
      }
      case 'pw': {
        const card = await authoring.read.previewCard(userId, a);
        await ctx.answerCallbackQuery();
        return showScreen(ctx, previewProjectScreen(env, card, botUsername(ctx)));
      }
      case 'pn':
        return void (await ctx.answerCallbackQuery({ text: ctx.t('authoring-preview-button') }));
      case 'pc': {
        const copyId = await authoring.transfer.copy(userId, a);
        return project(copyId, ctx.t('authoring-copied'));
      }
      case 'px': {
        const file = await authoring.transfer.exportProject(userId, a, b === 1 ? 'json' : 'yaml');
        await ctx.answerCallbackQuery();
        await ctx.replyWithDocument(new InputFile(Buffer.from(file.content, 'utf8'), file.name), { caption: ctx.t('authoring-exported') });
        return;
      }
      case 'pR': {
        try {
          const sent = await authoring.review.submit(userId, a);
          return project(a, ctx.t('authoring-sent-review', { count: sent.moderators }));
        } catch (error) {
          if (error instanceof ServiceError && error.code === 'authoring-err-incomplete') {
            await ctx.answerCallbackQuery({ text: ctx.t('authoring-err-incomplete'), show_alert: true });
            return showScreen(ctx, projectScreen(env, await authoring.read.project(userId, a)));
          }
          throw error;
        }
      }
      case 'pf': {
        const view = await authoring.read.project(userId, a);
        await ctx.answerCallbackQuery();
        return showScreen(ctx, {
          text: ctx.t('authoring-finish-confirm', { title: escapeHtml(view.title) }),
          keyboard: new InlineKeyboard().text(ctx.t('authoring-btn-finish-yes'), au('pF', a)).text(ctx.t('authoring-btn-back-project'), au('p', a)),
        });
      }
      case 'pF':
        await authoring.review.finish(userId, a);
        return project(a, ctx.t('authoring-finished'));
      case 'sn':
        await authoring.read.project(userId, a);
        return ask(AUTHORING_STEP, { kind: 'new', projectId: a });
      case 's':
        return step(a);
      case 'se': {
        const field = stepFieldOf(c);
        if (!field) return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
        await fresh(a, b);
        return ask(AUTHORING_STEP, { kind: 'field', stepId: a, version: b, field });
      }
      case 'sm': {
        const r = await authoring.steps.move(userId, a, b, c === 0 ? -1 : 1);
        return step(r.stepId, withdrawnNotice(r));
      }
      case 'sx': {
        const view = await fresh(a, b);
        await ctx.answerCallbackQuery();
        return showScreen(ctx, {
          text: ctx.t('authoring-delete-step-confirm', { title: escapeHtml(view.title) }),
          keyboard: new InlineKeyboard().text(ctx.t('authoring-btn-delete-yes'), au('sX', a, b)).text(ctx.t('authoring-btn-back-step'), au('s', a)),
        });
      }
      case 'sX': {
        const r = await authoring.steps.deleteStep(userId, a, b);
        return project(r.projectId, ctx.t('authoring-step-deleted'));
      }
      case 'sw': {
        const card = await authoring.read.previewStep(userId, a);
        await ctx.answerCallbackQuery();
        return showScreen(ctx, previewStepScreen(env, card));
      }
      case 'ma':
        await fresh(a, b);
        return ask(AUTHORING_STEP, { kind: 'material', stepId: a, version: b });
      case 'mx':
        return step(a, withdrawnNotice(await authoring.steps.deleteMaterial(userId, a, b, c)));
      case 'ia':
        await fresh(a, b);
        return ask(AUTHORING_STEP, { kind: 'item', stepId: a, version: b });
      case 'i': {
        const screen = itemScreen(env, await authoring.read.step(userId, a), b);
        if (!screen) return step(a, ctx.t('authoring-item-gone'));
        await ctx.answerCallbackQuery();
        return showScreen(ctx, screen);
      }
      case 'ir':
      case 'it': {
        const view = await authoring.read.step(userId, a);
        const item = view.checklist.find((x) => x.id === c);
        if (!item) throw new ServiceError('authoring-err-conflict');
        const accepts = verb === 'it' ? ITEM_ACCEPTS[d] : undefined;
        if (verb === 'it' && !accepts) return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
        const r = await authoring.steps.updateItem(userId, a, b, c, verb === 'ir' ? { required: !item.required } : { accepts });
        const updated = await authoring.read.step(userId, a);
        const replaced = updated.checklist.find((x) => x.position === item.position);
        await ctx.answerCallbackQuery(withdrawnNotice(r) ? { text: withdrawnNotice(r) } : undefined);
        const screen = replaced ? itemScreen(env, updated, replaced.id) : null;
        return showScreen(ctx, screen ?? stepEditScreen(env, updated));
      }
      case 'ih':
        await fresh(a, b);
        return ask(AUTHORING_STEP, { kind: 'hint', stepId: a, version: b, itemId: c });
      case 'ix':
        return step(a, withdrawnNotice(await authoring.steps.deleteItem(userId, a, b, c)));
      case 'ca':
        await fresh(a, b);
        return ask(AUTHORING_STEP, { kind: 'criterion', stepId: a, version: b });
      case 'c': {
        const screen = criterionScreen(env, await authoring.read.step(userId, a), b);
        if (!screen) return step(a, ctx.t('authoring-item-gone'));
        await ctx.answerCallbackQuery();
        return showScreen(ctx, screen);
      }
      case 'cp':
        await fresh(a, b);
        return ask(AUTHORING_STEP, { kind: 'points', stepId: a, version: b, criterionId: c });
      case 'cx':
        return step(a, withdrawnNotice(await authoring.steps.deleteCriterion(userId, a, b, c)));
    }

    /** The step as it is now, refused when the button was made on an older version. */
    async function fresh(stepId: number, version: number) {
      const view = await authoring.read.step(userId, stepId);
      if (view.projectStatus === 'finished') throw new ServiceError('authoring-err-finished');
      if (view.version !== version) throw new ServiceError('authoring-err-conflict');
      return view;
    }
  }

  // A builder question's button pressed after its conversation ended.
  feature.callbackQuery(new RegExp(`^${QUESTION_PREFIX}`), (ctx) => ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
  return feature;
}
