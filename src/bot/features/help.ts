// /help: what the bot can do for this person, with a section for each of their special roles.
import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';

export function helpFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command('help', async (ctx) => {
    const roles = ctx.person?.roles ?? [];
    const parts = [ctx.t('help'), ctx.t('help-groups'), ctx.t('help-roadmap'), `${ctx.t('help-practices')}\n${ctx.t('help-practices-withdraw')}`];
    if (roles.includes('author')) parts.push(ctx.t('help-author'), ctx.t('help-author-team'));
    if (roles.includes('author') || roles.includes('moderator')) parts.push(ctx.t('help-groups-author'));
    if (roles.includes('expert')) parts.push(ctx.t('help-expert'));
    if (roles.includes('moderator')) parts.push(ctx.t('help-moderator'), ctx.t('help-moderator-projects'), ctx.t('help-groups-moderator'), ctx.t('help-practices-moderator'));
    if (roles.includes('admin')) parts.push(ctx.t('help-admin'));
    if (roles.some((r) => r === 'analyst' || r === 'moderator' || r === 'author' || r === 'admin')) parts.push(ctx.t('help-web'));
    await ctx.reply(parts.join('\n\n'), { parse_mode: 'HTML' });
  });
  return feature;
}
