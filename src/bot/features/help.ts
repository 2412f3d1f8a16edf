// /help: what the bot can do for this person, with a section for each of their special roles.
import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';

export function helpFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command('help', async (ctx) => {
    const roles = ctx.person?.roles ?? [];
    const parts = [ctx.t('help')];
    if (roles.includes('author')) parts.push(ctx.t('help-author-team'));
    if (roles.includes('expert')) parts.push(ctx.t('help-expert'));
    if (roles.includes('moderator')) parts.push(ctx.t('help-moderator'));
    if (roles.includes('admin')) parts.push(ctx.t('help-admin'));
    await ctx.reply(parts.join('\n\n'), { parse_mode: 'HTML' });
  });
  return feature;
}
