// One module renders every typed notice for its recipient: services enqueue a kind and its data,
// and the outbox sender asks here for the text in the recipient's language and time zone when it
// sends. A new notice kind is added to KINDS below.
import type { Db } from '../db/client.ts';
import type { Post } from '../domain/broadcast.ts';
import type { Translate } from '../services/translator.ts';
import { broadcastFinished } from './broadcast-status.ts';
import { newsPost, newsTopicPost } from './news.ts';
import type { Audience, NoticeCategory, NoticeKind, RenderContext, Rendered } from './notice.ts';
import { badgeEarned, badgeRevoked, levelReached } from './rewards.ts';
import { answered as practiceAnswered, consentRequest as practiceConsentRequest, withdrawn as practiceWithdrawn } from './practices.ts';

export type { Audience, Notice, NoticeCategory, Rendered, RenderContext } from './notice.ts';

const KINDS = {
  'news.post': newsPost,
  'news.topic-post': newsTopicPost,
  'broadcast.finished': broadcastFinished,
  'rewards.badge-earned': badgeEarned,
  'rewards.badge-revoked': badgeRevoked,
  'rewards.level-reached': levelReached,
  'practices.consent-request': practiceConsentRequest,
  'practices.answered': practiceAnswered,
  'practices.withdrawn': practiceWithdrawn,
} satisfies Record<string, NoticeKind>;

export type NoticeKindName = keyof typeof KINDS;
/** The data each kind takes, so services enqueue well-formed notices. */
export type NoticeData<K extends NoticeKindName> = (typeof KINDS)[K] extends NoticeKind<infer D> ? D : never;

export function categoryOf(kind: string): NoticeCategory {
  return (KINDS as Record<string, NoticeKind>)[kind]?.category ?? null;
}

export class UnknownNoticeKind extends Error {}

export class MessageRenderer {
  readonly #posts = new Map<number, { post: Post | null; at: number }>();

  constructor(
    private readonly db: Db,
    private readonly translate: Translate,
    private readonly defaultLocale: string,
    private readonly timeZone: string,
  ) {}

  /** The recipient's settings with the region's defaults filled in. */
  audience(locale: string | null | undefined): Audience {
    return { locale: locale ?? this.defaultLocale, timeZone: this.timeZone };
  }

  context(audience: Audience): RenderContext {
    return {
      ...audience,
      t: (key, vars) => this.translate(audience.locale, key, vars),
      broadcastPost: (id) => this.#post(id),
    };
  }

  async render(kind: string, data: unknown, audience: Audience): Promise<Rendered | null> {
    const k = (KINDS as Record<string, NoticeKind>)[kind];
    if (!k) throw new UnknownNoticeKind(`unknown notice kind ${kind}`);
    return k.render(data, this.context(audience));
  }

  /** Posts do not change once sent; kept a minute so 10,000 recipients cost one read. */
  async #post(id: number): Promise<Post | null> {
    const now = Date.now();
    const known = this.#posts.get(id);
    if (known && now - known.at < 60_000) return known.post;
    const row = await this.db.broadcast.findUnique({ where: { id }, select: { post: true } });
    const post = (row?.post ?? null) as Post | null;
    if (this.#posts.size > 100) this.#posts.clear();
    this.#posts.set(id, { post, at: now });
    return post;
  }
}
