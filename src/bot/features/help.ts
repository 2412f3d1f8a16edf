// /help: what the bot can do for this person (admins also see the role commands).
import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';

export function helpFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command('help', async (ctx) => {
    const parts = [ctx.t('help')];
    if (ctx.person?.roles.includes('admin')) parts.push(ctx.t('help-admin'));
    await ctx.reply(parts.join('\n\n'), { parse_mode: 'HTML' });
  });
  return feature;
}
