// Registration (/start for a newcomer) and profile editing, as conversations whose state lives in
// the database: a restart mid-way resumes at the same question, and nothing is saved until the end.
import { createConversation } from '@grammyjs/conversations';
import type { Composer, Middleware } from 'grammy';
import type { DirectoryService } from '../../services/directory.ts';
import { ServiceError, type UserService } from '../../services/users.ts';
import type { BotContext, ConvContext, KodoConversation } from '../context.ts';
import { escapeHtml } from '../html.ts';
import { Cancelled } from './ask.ts';
import { askEmail, askFullName, askGuilds, askInstitution, askMunicipality, guildNames } from './profile-steps.ts';

export const REGISTRATION = 'registration';
export const PROFILE_EDIT = 'profile-edit';
export type ProfileField = 'name' | 'organisation' | 'guilds' | 'email';

export interface RegistrationDeps {
  users: UserService;
  directory: DirectoryService;
  /** Opens the deep link a newcomer arrived with, once they are registered. */
  openDeepLink(ctx: ConvContext, payload: string): Promise<void>;
  /** Plugins re-installed on every context inside a conversation (i18n with the saved language). */
  plugins: Middleware<ConvContext>[];
}

export function installProfileConversations(bot: Composer<BotContext>, deps: RegistrationDeps): void {
  const { users, directory } = deps;

  async function registration(conversation: KodoConversation, ctx: ConvContext, payload?: string) {
    const telegramId = String(ctx.from!.id);
    try {
      await ctx.reply(ctx.t('reg-intro'), { parse_mode: 'HTML' });
      const fullName = await askFullName(conversation, ctx);
      const municipality = await askMunicipality(conversation, ctx, directory);
      const institution = await askInstitution(conversation, ctx, directory, municipality);
      const guildIds = await askGuilds(conversation, ctx, directory, []);
      const email = await askEmail(conversation, ctx);
      const failure = await conversation.external(async () => {
        try {
          await users.register(BigInt(telegramId), { fullName, municipality, institution, guildIds, email });
          return null;
        } catch (error) {
          if (error instanceof ServiceError) return error.code;
          throw error;
        }
      });
      if (failure) {
        // Only a concurrent change (an institution moved meanwhile) gets here: start over cleanly.
        await ctx.reply(ctx.t('error-generic'));
        return;
      }
      const guilds = await conversation.external(() => directory.guilds());
      const locale = await ctx.i18n.getLocale();
      await ctx.reply(
        ctx.t('reg-done', {
          name: escapeHtml(fullName),
          municipality: escapeHtml(municipality.name),
          institution: escapeHtml(institution.name),
          guilds: guildNames(guilds, guildIds, locale),
        }),
        { parse_mode: 'HTML' },
      );
      if (payload) {
        await ctx.reply(ctx.t('deep-link-after-registration'));
        await conversation.external(() => deps.openDeepLink(ctx, payload));
      }
    } catch (error) {
      if (error instanceof Cancelled) {
        await ctx.reply(ctx.t('reg-cancelled'));
        return;
      }
      throw error;
    }
  }

  async function profileEdit(conversation: KodoConversation, ctx: ConvContext, field: ProfileField) {
    const telegramId = String(ctx.from!.id);
    const person = await conversation.external(async () => {
      const p = await users.byTelegramId(BigInt(telegramId));
      return p?.registeredAt ? { id: p.id, guildIds: await users.guildIds(p.id) } : null;
    });
    if (!person) {
      await ctx.reply(ctx.t('not-registered'));
      return;
    }
    try {
      if (field === 'name') {
        const name = await askFullName(conversation, ctx);
        await conversation.external(() => users.updateName(person.id, name));
      } else if (field === 'organisation') {
        const municipality = await askMunicipality(conversation, ctx, directory);
        const institution = await askInstitution(conversation, ctx, directory, municipality);
        await conversation.external(() => users.updateOrganisation(person.id, municipality, institution));
      } else if (field === 'guilds') {
        const guildIds = await askGuilds(conversation, ctx, directory, person.guildIds);
        await conversation.external(() => users.updateGuilds(person.id, guildIds));
      } else {
        const email = await askEmail(conversation, ctx);
        await conversation.external(() => users.updateEmail(person.id, email));
      }
      await ctx.reply(ctx.t('profile-saved'));
    } catch (error) {
      if (error instanceof Cancelled) {
        await ctx.reply(ctx.t('profile-edit-cancelled'));
        return;
      }
      throw error;
    }
  }

  bot.use(createConversation(registration, { id: REGISTRATION, plugins: deps.plugins }));
  bot.use(createConversation(profileEdit, { id: PROFILE_EDIT, plugins: deps.plugins }));
}
