// /web: analysts, moderators, authors and admins get a one-time link that signs them in to the admin
// web view (single use, 10 minutes, bound to them); the service checks the role and the rate.
import { Composer } from 'grammy';
import { LOGIN_LINK_MINUTES } from '../../services/web-auth.ts';
import { ServiceError } from '../../services/users.ts';
import type { FeatureDeps } from '../create-bot.ts';
import type { BotContext } from '../context.ts';
import { escapeHtml } from '../html.ts';

export function webLoginFeature(deps: FeatureDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command('web', async (ctx) => {
    // A login link is personal: never post it where others read.
    if (ctx.chat?.type !== 'private') return;
    const person = ctx.person;
    if (!person) return;
    try {
      const { url } = await deps.services.webAuth.issueLoginLink(person);
      // No preview: a preview would be fetched by Telegram's servers, and the page must not be.
      await ctx.reply(ctx.t('web-login-link', { url: escapeHtml(url), minutes: LOGIN_LINK_MINUTES }), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      await ctx.reply(ctx.t(error.code, error.vars));
    }
  });
  return feature;
}
