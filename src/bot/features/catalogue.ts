// /projects, project and step cards, joining, /my and `/start project_<id>`: one catalogue message
// edited in place as the person pages, filters and opens cards; every button carries its state.
import { Composer, GrammyError, type Context } from 'grammy';
import type { I18nFlavor } from '@grammyjs/i18n';
import { PROJECT_KINDS, PROJECT_LEVELS, type CatalogueFilter } from '../../domain/projects.ts';
import type { CataloguePage, CatalogueReference } from '../../services/catalogue.ts';
import { ServiceError } from '../../services/users.ts';
import { decodeAction, defaultListState, encodeAction, hasBit, maskOf, type CatalogueState, type ListState } from '../catalogue-state.ts';
import type { BotContext } from '../context.ts';
import type { FeatureDeps } from '../create-bot.ts';
import { cardScreen, directionsScreen, goneScreen, guildsScreen, joinConfirmScreen, listScreen, PAGE_SIZE, type Screen, type ViewEnv } from '../views/catalogue-view.ts';
import { filtersScreen } from '../views/catalogue-filters-view.ts';
import { myScreen, stepScreen } from '../views/step-view.ts';
import { registeredPerson, registeredOrRefuse } from '../registered.ts';

type AnyContext = Context & I18nFlavor;

const sendOptions = (screen: Screen) => ({ parse_mode: 'HTML' as const, reply_markup: screen.keyboard, link_preview_options: { is_disabled: true } });

export function filterOf(state: ListState, ref: CatalogueReference): CatalogueFilter {
  return {
    guildCodes: ref.guilds.filter((_, i) => hasBit(state.guilds, i)).map((g) => g.code),
    // A position beyond the list (reference data changed since the button was made) means "all".
    directionCode: state.direction ? (ref.directions[state.direction - 1]?.code ?? null) : null,
    status: state.status,
    uptoCurrentMonth: state.upto,
    projectKind: PROJECT_KINDS[state.projectKind - 1] ?? null,
    level: PROJECT_LEVELS[state.level - 1] ?? null,
  };
}

/** Edits the message the button belongs to; a message that cannot be edited any more gets a fresh one. */
async function show(ctx: BotContext, screen: Screen): Promise<void> {
  try {
    await ctx.editMessageText(screen.text, sendOptions(screen));
  } catch (error) {
    if (!(error instanceof GrammyError)) throw error;
    if (error.description.includes('message is not modified')) return;
    await ctx.reply(screen.text, sendOptions(screen));
  }
}

/** Screens made from `owner` (a listing's page, the reference data), kept while it lives; bounded. */
function remembered<Owner extends object>(cache: WeakMap<Owner, Map<string, Screen>>, owner: Owner, key: string, make: () => Screen): Screen {
  let screens = cache.get(owner);
  if (!screens || screens.size >= 10_000) cache.set(owner, (screens = new Map()));
  let screen = screens.get(key);
  if (!screen) screens.set(key, (screen = make()));
  return screen;
}

export function catalogueFeature(deps: FeatureDeps): Composer<BotContext> {
  const { catalogue, enrolment, users } = deps.services;
  const feature = new Composer<BotContext>();

  // Fluent negotiates bundles on every call (about 10 µs) and a catalogue page needs a few dozen
  // texts, mostly the same ones press after press: they are remembered (bounded).
  const texts = new Map<string, string>();
  const envOf = async (ctx: AnyContext): Promise<ViewEnv> => {
    const locale = (await ctx.i18n.getLocale()) === 'en' ? 'en' : 'ru';
    const t: ViewEnv['t'] = (key, vars) => {
      let id = `${locale}|${key}`;
      // The type is part of the key: Fluent picks plural forms for numbers, not for strings.
      if (vars) for (const name in vars) id += `|${name}:${typeof vars[name]}:${vars[name]}`;
      let text = texts.get(id);
      if (text === undefined) {
        if (texts.size >= 20_000) texts.clear();
        texts.set(id, (text = ctx.t(key, vars)));
      }
      return text;
    };
    return { t, locale, timeZone: deps.timeZone, now: deps.clock.now(), ref: await catalogue.reference() };
  };
  /** The person's own guilds preselected, everything else at its default. */
  const ownList = async (userId: number, ref: CatalogueReference): Promise<ListState> => {
    const mine = await catalogue.personGuildCodes(userId);
    return defaultListState(maskOf(ref.guilds.flatMap((g, i) => (mine.includes(g.code) ? [i] : []))));
  };

  // A list screen follows from the page, the language and the buttons' state: presses that show the
  // same page of the same listing (the service returns it as the same object) reuse the screen.
  const listScreens = new WeakMap<CataloguePage, Map<string, Screen>>();
  const listFor = async (env: ViewEnv, state: ListState): Promise<Screen> => {
    const page = await catalogue.browse(filterOf(state, env.ref), state.page, PAGE_SIZE);
    return remembered(listScreens, page, `${env.locale}|${encodeAction({ verb: 'list', state })}`, () => listScreen(env, state, page));
  };
  // The guild and direction pickers depend on reference data, the language and the state only.
  const pickerScreens = new WeakMap<CatalogueReference, Map<string, Screen>>();
  const pickerFor = (env: ViewEnv, verb: 'guilds' | 'directions', state: ListState): Screen =>
    remembered(pickerScreens, env.ref, `${env.locale}|${encodeAction({ verb, state })}`, () => (verb === 'guilds' ? guildsScreen(env, state) : directionsScreen(env, state)));

  const botUsername = (ctx: AnyContext): string | undefined => {
    try {
      return ctx.me.username;
    } catch {
      return undefined;
    }
  };

  feature.command('projects', async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    const env = await envOf(ctx);
    const screen = await listFor(env, await ownList(person.id, env.ref));
    await ctx.reply(screen.text, sendOptions(screen));
  });

  feature.command('my', async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    const screen = myScreen(await envOf(ctx), await enrolment.myProjects(person.id));
    await ctx.reply(screen.text, sendOptions(screen));
  });

  feature.callbackQuery(/^cat:/, async (ctx) => {
    const action = decodeAction(ctx.callbackQuery.data);
    if (!action) return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
    const person = await registeredPerson(ctx);
    if (!person) return;
    const env = await envOf(ctx);
    const gone = async (state: CatalogueState, key: 'catalogue-gone' | 'catalogue-step-gone' = 'catalogue-gone') => {
      await ctx.answerCallbackQuery({ text: ctx.t(key), show_alert: true });
      await show(ctx, goneScreen(env, state, key));
    };

    switch (action.verb) {
      case 'list': {
        if (action.state.kind === 'my') {
          await ctx.answerCallbackQuery();
          return show(ctx, myScreen(env, await enrolment.myProjects(person.id)));
        }
        const state = action.state.kind === 'list' ? action.state : await ownList(person.id, env.ref);
        const screen = await listFor(env, state);
        await ctx.answerCallbackQuery();
        return show(ctx, screen);
      }
      case 'guilds':
        await ctx.answerCallbackQuery();
        return show(ctx, pickerFor(env, 'guilds', action.state));
      case 'directions':
        await ctx.answerCallbackQuery();
        return show(ctx, pickerFor(env, 'directions', action.state));
      case 'filters':
        await ctx.answerCallbackQuery();
        return show(ctx, filtersScreen(env, action.state));
      case 'card': {
        const card = await catalogue.projectCard(action.projectId, person.id);
        if (!card) return gone(action.state);
        await ctx.answerCallbackQuery();
        return show(ctx, cardScreen(env, card, action.state, botUsername(ctx)));
      }
      case 'join':
      case 'join-confirmed': {
        let outcome;
        try {
          outcome = await enrolment.join(person.id, action.projectId, action.verb === 'join-confirmed');
        } catch (error) {
          if (error instanceof ServiceError) return void (await ctx.answerCallbackQuery({ text: ctx.t(error.code, error.vars), show_alert: true }));
          throw error;
        }
        const card = outcome.kind === 'unavailable' ? null : await catalogue.projectCard(action.projectId, person.id);
        if (!card) return gone(action.state);
        switch (outcome.kind) {
          case 'other-guilds-confirm':
            await ctx.answerCallbackQuery();
            return show(ctx, joinConfirmScreen(env, card, await catalogue.personGuildCodes(person.id), action.state));
          case 'joined':
            await ctx.answerCallbackQuery({ text: ctx.t('catalogue-joined') });
            break;
          case 'already':
            await ctx.answerCallbackQuery({ text: ctx.t('catalogue-join-already') });
            break;
          case 'finished':
            await ctx.answerCallbackQuery({ text: ctx.t('catalogue-join-finished'), show_alert: true });
            break;
          case 'other-guilds-refused': {
            const names = env.ref.guilds.filter((g) => card.guildCodes.includes(g.code)).map((g) => (env.locale === 'en' ? g.nameEn : g.nameRu));
            await ctx.answerCallbackQuery({ text: ctx.t('catalogue-join-refused', { guilds: names.join(', ') }), show_alert: true });
            break;
          }
        }
        return show(ctx, cardScreen(env, card, action.state, botUsername(ctx)));
      }
      case 'step': {
        const card = await catalogue.stepCard(action.stepId, person.id);
        if (!card) return gone(action.state, 'catalogue-step-gone');
        await ctx.answerCallbackQuery();
        return show(ctx, stepScreen(env, card, action.state));
      }
      case 'step-new': {
        const card = await catalogue.stepCard(action.stepId, person.id);
        if (!card) return void (await ctx.answerCallbackQuery({ text: ctx.t('catalogue-step-gone'), show_alert: true }));
        await ctx.answerCallbackQuery();
        const screen = stepScreen(env, card, { kind: 'my' });
        return void (await ctx.reply(screen.text, sendOptions(screen)));
      }
      case 'files': {
        const card = await catalogue.stepCard(action.stepId, person.id);
        if (!card) return void (await ctx.answerCallbackQuery({ text: ctx.t('catalogue-step-gone'), show_alert: true }));
        await ctx.answerCallbackQuery();
        for (const material of card.materials) {
          if (material.kind !== 'file' || !material.fileId) continue;
          try {
            await ctx.replyWithDocument(material.fileId, { caption: material.title.slice(0, 1024) });
          } catch (error) {
            if (!(error instanceof GrammyError)) throw error;
            deps.logger.warn({ err: error, step: card.id }, 'cannot re-send a step material');
            await ctx.reply(ctx.t('catalogue-file-failed', { title: material.title }));
          }
        }
        return;
      }
      case 'my':
        await ctx.answerCallbackQuery();
        return show(ctx, myScreen(env, await enrolment.myProjects(person.id)));
    }
  });

  // `/start project_<id>` — also after a newcomer's registration, where ctx is a conversation's.
  const personOf = async (ctx: AnyContext) => (ctx.from ? users.byTelegramId(ctx.from.id) : null);
  deps.deepLinks.on('project', async (ctx, link) => {
    const person = await registeredOrRefuse(ctx, await personOf(ctx));
    if (!person) return;
    const env = await envOf(ctx);
    const card = await catalogue.projectCard(link.id, person.id);
    const screen = card ? cardScreen(env, card, { kind: 'default' }, botUsername(ctx)) : goneScreen(env, { kind: 'default' });
    await ctx.reply(screen.text, sendOptions(screen));
  });
  deps.deepLinks.on('step', async (ctx, link) => {
    const person = await registeredOrRefuse(ctx, await personOf(ctx));
    if (!person) return;
    const env = await envOf(ctx);
    const card = await catalogue.stepCard(link.id, person.id);
    const screen = card ? stepScreen(env, card, { kind: 'default' }) : goneScreen(env, { kind: 'default' }, 'catalogue-step-gone');
    await ctx.reply(screen.text, sendOptions(screen));
  });

  return feature;
}
