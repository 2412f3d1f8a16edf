// What each person wants to receive (/settings): reading and changing their delivery preferences.
import type { Db } from '../db/client.ts';
import { AWARD_MODES, DEFAULT_PREFERENCES, preferencesFrom, validQuietHours, type AwardMode, type DeliveryPreferences } from '../domain/delivery-preferences.ts';
import { ServiceError } from './users.ts';

const SELECT = { deadlines: true, weeklyDigest: true, awards: true, news: true, reviewSummary: true, quietFrom: true, quietTo: true } as const;

export type PreferenceChange =
  | { field: 'deadlines' | 'weeklyDigest' | 'news' | 'reviewSummary'; value: boolean }
  | { field: 'awards'; value: AwardMode }
  | { field: 'quiet'; from: number | null; to: number | null };

export class DeliveryPreferenceService {
  constructor(private readonly db: Db) {}

  async of(userId: number): Promise<DeliveryPreferences> {
    return preferencesFrom(await this.db.deliveryPreference.findUnique({ where: { userId }, select: SELECT }));
  }

  /** Everyone's preferences by Telegram chat id, in one query (people without a row get the defaults). */
  async byChatIds(chatIds: readonly bigint[]): Promise<Map<bigint, DeliveryPreferences>> {
    if (chatIds.length === 0) return new Map();
    const rows = await this.db.user.findMany({ where: { telegramId: { in: [...chatIds] } }, select: { telegramId: true, deliveryPreference: { select: SELECT } } });
    return new Map(rows.map((r) => [r.telegramId, preferencesFrom(r.deliveryPreference)]));
  }

  /** Changes one setting; the person changes only their own, so no audit row. */
  async change(userId: number, change: PreferenceChange): Promise<DeliveryPreferences> {
    let data: Partial<Omit<DeliveryPreferences, 'awards'>> & { awards?: string };
    if (change.field === 'quiet') {
      const quiet = change.from === null && change.to === null ? null : validQuietHours(change.from, change.to);
      if (change.from !== null && !quiet) throw new ServiceError('settings-quiet-invalid');
      data = { quietFrom: quiet?.from ?? null, quietTo: quiet?.to ?? null };
    } else if (change.field === 'awards') {
      if (!AWARD_MODES.includes(change.value)) throw new ServiceError('settings-invalid');
      data = { awards: change.value };
    } else {
      data = { [change.field]: change.value };
    }
    const row = await this.db.deliveryPreference.upsert({
      where: { userId },
      create: { userId, ...DEFAULT_PREFERENCES, ...data },
      update: data,
      select: SELECT,
    });
    return preferencesFrom(row);
  }
}
