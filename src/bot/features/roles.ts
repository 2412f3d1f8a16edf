// Admins grant and revoke roles in chat: /grant, /revoke, and /roles with toggle buttons.
import { Composer, InlineKeyboard } from 'grammy';
import { ROLES } from '../../domain/roles.ts';
import { ServiceError, type Person, type UserService } from '../../services/users.ts';
import type { BotContext } from '../context.ts';
import { escapeHtml } from '../html.ts';

function rolesKeyboard(ctx: BotContext, target: Person): InlineKeyboard {
  const kb = new InlineKeyboard();
  ROLES.forEach((role, i) => {
    const has = target.roles.includes(role);
    kb.text(`${has ? '✅' : '▫️'} ${ctx.t(`role-${role}`)}`, `roles:${has ? 'revoke' : 'grant'}:${target.id}:${role}`);
    if (i % 2 === 1) kb.row();
  });
  return kb;
}

const displayName = (p: Person) => escapeHtml(p.fullName ?? (p.username ? `@${p.username}` : String(p.telegramId)));

export function rolesFeature(users: UserService): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  // Everything below is for admins; the service checks again, this only avoids a confusing reply.
  const admin = feature.filter((ctx) => Boolean(ctx.person?.roles.includes('admin')));
  feature.command(['roles', 'grant', 'revoke'], async (ctx, next) => {
    if (ctx.person?.roles.includes('admin')) return next();
    await ctx.reply(ctx.t('need-role', { role: ctx.t('role-admin') }));
  });

  const describeError = (ctx: BotContext, error: unknown) => {
    if (error instanceof ServiceError) return ctx.t(error.code, error.vars);
    throw error;
  };

  admin.command('roles', async (ctx) => {
    const handle = ctx.match.trim();
    if (!handle) return void (await ctx.reply(ctx.t('roles-usage')));
    const target = await users.byHandle(handle);
    if (!target) return void (await ctx.reply(ctx.t('roles-user-not-found', { who: escapeHtml(handle) }), { parse_mode: 'HTML' }));
    const roles = target.roles.map((r) => ctx.t(`role-${r}`)).join(', ') || ctx.t('roles-none');
    await ctx.reply(ctx.t('roles-card', { name: displayName(target), roles }), { parse_mode: 'HTML', reply_markup: rolesKeyboard(ctx, target) });
  });

  admin.command(['grant', 'revoke'], async (ctx) => {
    const [handle, role] = ctx.match.trim().split(/\s+/);
    if (!handle || !role) return void (await ctx.reply(ctx.t('roles-usage')));
    const target = await users.byHandle(handle);
    if (!target) return void (await ctx.reply(ctx.t('roles-user-not-found', { who: escapeHtml(handle) }), { parse_mode: 'HTML' }));
    const grant = ctx.msg.text.startsWith('/grant');
    try {
      const { changed } = await users.changeRole(ctx.person!, target.id, role.toLowerCase(), grant, ctx.effectKey);
      const key = !changed ? 'roles-already' : grant ? 'roles-granted' : 'roles-revoked';
      await ctx.reply(ctx.t(key, { name: displayName(target), role: ctx.t(`role-${role.toLowerCase()}`) }), { parse_mode: 'HTML' });
    } catch (error) {
      await ctx.reply(describeError(ctx, error));
    }
  });

  feature.callbackQuery(/^roles:(grant|revoke):(\d+):(\w+)$/, async (ctx) => {
    if (!ctx.person?.roles.includes('admin')) return void (await ctx.answerCallbackQuery({ text: ctx.t('need-role', { role: ctx.t('role-admin') }), show_alert: true }));
    const [, verb, id, role] = ctx.match;
    try {
      await users.changeRole(ctx.person, Number(id), role!, verb === 'grant', ctx.effectKey);
    } catch (error) {
      return void (await ctx.answerCallbackQuery({ text: describeError(ctx, error), show_alert: true }));
    }
    const target = await users.byId(Number(id));
    if (!target) return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
    await ctx.answerCallbackQuery();
    const roles = target.roles.map((r) => ctx.t(`role-${r}`)).join(', ') || ctx.t('roles-none');
    await ctx.editMessageText(ctx.t('roles-card', { name: displayName(target), roles }), { parse_mode: 'HTML', reply_markup: rolesKeyboard(ctx, target) });
  });

  return feature;
}
