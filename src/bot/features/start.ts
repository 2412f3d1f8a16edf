// /start: newcomers register; registered people are welcomed back or taken where a deep link points.
import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import { REGISTRATION } from '../conversations/registration.ts';
import type { DeepLinkRouter } from '../deep-links.ts';
import { escapeHtml } from '../html.ts';
import { startConversation } from '../conversations/start-conversation.ts';

export function startFeature(links: DeepLinkRouter): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command('start', async (ctx) => {
    const payload = ctx.match.trim();
    if (!ctx.person?.registeredAt) {
      await startConversation(ctx, REGISTRATION, payload || undefined);
      return;
    }
    if (payload) return links.open(ctx, payload);
    await ctx.reply(ctx.t('welcome-back', { name: escapeHtml(ctx.person.fullName ?? '') }), { parse_mode: 'HTML' });
  });
  return feature;
}
