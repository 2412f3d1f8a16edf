// /profile: the person's card and buttons to change each part of it.
import { Composer, InlineKeyboard } from 'grammy';
import type { DirectoryService } from '../../services/directory.ts';
import type { Person, UserService } from '../../services/users.ts';
import type { BotContext } from '../context.ts';
import { guildNames } from '../conversations/profile-steps.ts';
import { PROFILE_EDIT, type ProfileField } from '../conversations/registration.ts';
import { escapeHtml } from '../html.ts';
import { startConversation } from '../conversations/start-conversation.ts';
import { registeredPerson } from '../registered.ts';

const FIELDS: ProfileField[] = ['name', 'organisation', 'guilds', 'email'];

export async function profileCard(ctx: BotContext, person: Person, users: UserService, directory: DirectoryService): Promise<string> {
  const locale = await ctx.i18n.getLocale();
  const [municipality, institution, guildIds, guilds] = await Promise.all([
    person.municipalityId ? directory.municipality(person.municipalityId) : null,
    person.institutionId ? directory.institution(person.institutionId) : null,
    users.guildIds(person.id),
    directory.guilds(),
  ]);
  return ctx.t('profile-card', {
    name: escapeHtml(person.fullName ?? ''),
    municipality: escapeHtml(municipality?.name ?? '—'),
    institution: escapeHtml(institution?.name ?? '—'),
    guilds: guildNames(guilds, guildIds, locale) || '—',
    email: escapeHtml(person.email ?? ctx.t('profile-no-email')),
    roles: person.roles.map((r) => ctx.t(`role-${r}`)).join(', ') || ctx.t('roles-none'),
  });
}

/** What other features add to the profile message: lines under the card, buttons under the edits. */
export interface ProfileExtension {
  footer(ctx: BotContext, person: Person): Promise<string>;
  addButtons(ctx: BotContext, kb: InlineKeyboard): void;
}

export function profileKeyboard(ctx: BotContext, extension?: ProfileExtension): InlineKeyboard {
  const kb = new InlineKeyboard()
    .text(ctx.t('btn-edit-name'), 'profile:edit:name')
    .text(ctx.t('btn-edit-organisation'), 'profile:edit:organisation')
    .row()
    .text(ctx.t('btn-edit-guilds'), 'profile:edit:guilds')
    .text(ctx.t('btn-edit-email'), 'profile:edit:email');
  extension?.addButtons(ctx, kb);
  return kb;
}

/** The /profile message text (the achievement tabs lead back to it too). */
export async function profileMessage(ctx: BotContext, person: Person, users: UserService, directory: DirectoryService, extension?: ProfileExtension): Promise<string> {
  const footer = extension ? await extension.footer(ctx, person) : '';
  return `${await profileCard(ctx, person, users, directory)}${footer ? `\n${footer}` : ''}\n\n${ctx.t('profile-edit-prompt')}`;
}

export function profileFeature(users: UserService, directory: DirectoryService, extension?: ProfileExtension): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command('profile', async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    const text = await profileMessage(ctx, person, users, directory, extension);
    await ctx.reply(text, { parse_mode: 'HTML', reply_markup: profileKeyboard(ctx, extension) });
  });

  feature.callbackQuery(/^profile:edit:(\w+)$/, async (ctx) => {
    const field = ctx.match[1] as ProfileField;
    if (!FIELDS.includes(field) || !ctx.person?.registeredAt) {
      return void (await ctx.answerCallbackQuery({ text: ctx.t(ctx.person?.registeredAt ? 'stale-button' : 'not-registered') }));
    }
    await ctx.answerCallbackQuery();
    await startConversation(ctx, PROFILE_EDIT, field);
  });

  return feature;
}
