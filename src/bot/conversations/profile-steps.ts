// The questions registration and profile editing share: name, municipality, institution, guilds, e-mail.
import { InlineKeyboard } from 'grammy';
import { checkEmail, checkFullName, checkOrganisationName, EMAIL_MAX, FULL_NAME_MAX, ORG_NAME_MAX } from '../../domain/profile-rules.ts';
import { nameKey, type DirectoryService, type GuildItem, type NamedItem } from '../../services/directory.ts';
import type { OrgChoice } from '../../services/users.ts';
import type { ConvContext, KodoConversation } from '../context.ts';
import { escapeHtml } from '../html.ts';
import { ask } from './ask.ts';

export const PAGE_SIZE = 8;
const LABEL_MAX = 60;

export type NamedChoice = OrgChoice & { name: string };

const label = (text: string) => (text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text);

/** A page of choices, one per row (institution names are long), with ◀ ▶ when there are more. */
export function listKeyboard(ctx: ConvContext, prefix: string, items: NamedItem[], page: number): InlineKeyboard {
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const current = Math.min(Math.max(page, 0), pages - 1);
  const rows = items.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE).map((item) => [InlineKeyboard.text(label(item.name), `${prefix}pick:${item.id}`)]);
  if (pages > 1) {
    const nav = [];
    if (current > 0) nav.push(InlineKeyboard.text(ctx.t('btn-prev'), `${prefix}page:${current - 1}`));
    nav.push(InlineKeyboard.text(`${current + 1}/${pages}`, `${prefix}page:${current}`));
    if (current < pages - 1) nav.push(InlineKeyboard.text(ctx.t('btn-next'), `${prefix}page:${current + 1}`));
    rows.push(nav);
  }
  return new InlineKeyboard(rows);
}

export async function askFullName(conversation: KodoConversation, ctx: ConvContext): Promise<string> {
  let problem: string | null = null;
  for (;;) {
    const answer = await ask(conversation, ctx, { text: problem ? `${problem}\n\n${ctx.t('reg-ask-name')}` : ctx.t('reg-ask-name') }, { prefix: 'name:', acceptText: true });
    if (answer.kind !== 'text') continue;
    const check = checkFullName(answer.text);
    if (check.ok) return check.value;
    problem = ctx.t(check.reason === 'too-long' ? 'reg-name-too-long' : check.reason === 'empty' ? 'reg-name-empty' : 'reg-name-invalid', { max: FULL_NAME_MAX });
  }
}

interface PickOptions {
  prefix: string;
  items: NamedItem[];
  askKey: string;
  askEmptyKey: string;
  notFoundKey: string;
}

/** Choose from a paged list, or type a name: a known name (in any case or spacing) picks it, a new one is confirmed. */
async function pickOrAdd(conversation: KodoConversation, ctx: ConvContext, o: PickOptions): Promise<NamedChoice> {
  let page = 0;
  let editMessageId: number | undefined;
  let problem: string | null = null;
  for (;;) {
    const question = ctx.t(o.items.length ? o.askKey : o.askEmptyKey);
    const answer = await ask(
      conversation,
      ctx,
      { text: problem ? `${problem}\n\n${question}` : question, keyboard: o.items.length ? listKeyboard(ctx, o.prefix, o.items, page) : undefined },
      { prefix: o.prefix, acceptText: true, editMessageId },
    );
    editMessageId = undefined;
    problem = null;
    if (answer.kind === 'button') {
      const [verb, arg] = answer.data.split(':');
      const id = Number(arg);
      if (verb === 'page' && Number.isInteger(id)) {
        page = id;
        editMessageId = answer.messageId;
        continue;
      }
      const item = verb === 'pick' ? o.items.find((i) => i.id === id) : undefined;
      if (item) return { id: item.id, name: item.name };
      await answer.ctx.reply(ctx.t('stale-button'));
      continue;
    }
    const check = checkOrganisationName(answer.text);
    if (!check.ok) {
      problem = ctx.t(`reg-org-${check.reason}`, { max: ORG_NAME_MAX });
      continue;
    }
    const known = o.items.find((i) => nameKey(i.name) === nameKey(check.value));
    if (known) return { id: known.id, name: known.name };
    const confirm = await ask(
      conversation,
      ctx,
      {
        text: ctx.t(o.notFoundKey, { name: escapeHtml(check.value) }),
        keyboard: new InlineKeyboard().text(ctx.t('btn-add-it'), `${o.prefix}confirm:add`).text(ctx.t('btn-type-again'), `${o.prefix}confirm:retype`),
      },
      { prefix: `${o.prefix}confirm:`, acceptText: false },
    );
    if (confirm.kind === 'button' && confirm.data === 'add') return { newName: check.value, name: check.value };
  }
}

export async function askMunicipality(conversation: KodoConversation, ctx: ConvContext, directory: DirectoryService): Promise<NamedChoice> {
  const items = await conversation.external(() => directory.municipalities());
  return pickOrAdd(conversation, ctx, {
    prefix: 'mun:',
    items,
    askKey: 'reg-ask-municipality',
    askEmptyKey: 'reg-ask-municipality-empty',
    notFoundKey: 'reg-municipality-not-found',
  });
}

export async function askInstitution(conversation: KodoConversation, ctx: ConvContext, directory: DirectoryService, municipality: NamedChoice): Promise<NamedChoice> {
  const items = 'id' in municipality ? await conversation.external(() => directory.institutions(municipality.id)) : [];
  return pickOrAdd(conversation, ctx, {
    prefix: 'inst:',
    items,
    askKey: 'reg-ask-institution',
    askEmptyKey: 'reg-ask-institution-empty',
    notFoundKey: 'reg-institution-not-found',
  });
}

function guildKeyboard(ctx: ConvContext, guilds: GuildItem[], selected: Set<number>, locale: string): InlineKeyboard {
  const buttons = guilds.map((g) => InlineKeyboard.text(`${selected.has(g.id) ? '✅ ' : ''}${locale === 'en' ? g.nameEn : g.nameRu}`, `guild:toggle:${g.id}`));
  const rows = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  rows.push([InlineKeyboard.text(ctx.t('btn-done'), 'guild:done')]);
  return new InlineKeyboard(rows);
}

export async function askGuilds(conversation: KodoConversation, ctx: ConvContext, directory: DirectoryService, initial: number[]): Promise<number[]> {
  const guilds = await conversation.external(() => directory.guilds());
  const locale = await ctx.i18n.getLocale();
  const selected = new Set(initial.filter((id) => guilds.some((g) => g.id === id)));
  let editMessageId: number | undefined;
  let problem: string | null = null;
  for (;;) {
    const text = problem ? `${problem}\n\n${ctx.t('reg-ask-guilds')}` : ctx.t('reg-ask-guilds');
    const answer = await ask(conversation, ctx, { text, keyboard: guildKeyboard(ctx, guilds, selected, locale) }, { prefix: 'guild:', acceptText: false, editMessageId });
    editMessageId = answer.messageId;
    problem = null;
    if (answer.kind !== 'button') continue;
    if (answer.data === 'done') {
      if (selected.size > 0) return guilds.filter((g) => selected.has(g.id)).map((g) => g.id);
      problem = ctx.t('reg-guilds-none');
      continue;
    }
    const id = Number(answer.data.replace(/^toggle:/, ''));
    if (!guilds.some((g) => g.id === id)) continue;
    if (selected.has(id)) selected.delete(id);
    else selected.add(id);
  }
}

export async function askEmail(conversation: KodoConversation, ctx: ConvContext): Promise<string | null> {
  let problem: string | null = null;
  for (;;) {
    const text = problem ? `${problem}\n\n${ctx.t('reg-ask-email')}` : ctx.t('reg-ask-email');
    const answer = await ask(conversation, ctx, { text, keyboard: new InlineKeyboard().text(ctx.t('btn-skip'), 'email:skip') }, { prefix: 'email:', acceptText: true });
    if (answer.kind === 'button') return null;
    const check = checkEmail(answer.text);
    if (check.ok) return check.value;
    problem = ctx.t(check.reason === 'too-long' ? 'reg-email-too-long' : 'reg-email-invalid', { max: EMAIL_MAX });
  }
}

export function guildNames(guilds: GuildItem[], ids: number[], locale: string): string {
  return guilds
    .filter((g) => ids.includes(g.id))
    .map((g) => (locale === 'en' ? g.nameEn : g.nameRu))
    .join(', ');
}
