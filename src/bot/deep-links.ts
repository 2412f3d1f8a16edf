// Routes `/start <payload>` deep links to the feature that owns each kind of link.
import type { Context } from 'grammy';
import type { I18nFlavor } from '@grammyjs/i18n';
import { parseDeepLink, type DeepLink } from '../domain/deep-link.ts';

type LinkContext = Context & I18nFlavor;
export type DeepLinkHandler<K extends DeepLink['kind']> = (ctx: LinkContext, link: Extract<DeepLink, { kind: K }>) => Promise<void>;

export class DeepLinkRouter {
  readonly #handlers = new Map<string, (ctx: LinkContext, link: DeepLink) => Promise<void>>();

  on<K extends Exclude<DeepLink['kind'], 'unknown'>>(kind: K, handler: DeepLinkHandler<K>): this {
    this.#handlers.set(kind, handler as (ctx: LinkContext, link: DeepLink) => Promise<void>);
    return this;
  }

  async open(ctx: LinkContext, payload: string): Promise<void> {
    const link = parseDeepLink(payload);
    const handler = link && this.#handlers.get(link.kind);
    if (!link || !handler) return void (await ctx.reply(ctx.t('deep-link-unknown')));
    await handler(ctx, link);
  }
}
