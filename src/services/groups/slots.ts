// Discussion slots: a moderator publishes a timetable; a municipality's representative books a
// slot for one of their projects. One booking per slot and at most N per municipality per period
// are kept by unique indexes (the slot; municipality + period + ordinal), not by a prior count.
import type { Db } from '../../db/client.ts';
import { beforeCutoff, type Timetable } from '../../domain/slots.ts';
import { escapeHtml } from '../../render/escape.ts';
import { formatDay } from '../../domain/dates.ts';
import { formatClock } from '../../domain/slots.ts';
import { recordAudit } from '../audit.ts';
import type { Clock } from '../../runtime/clock.ts';
import { enqueue } from '../outbox.ts';
import { ServiceError, type Person } from '../users.ts';
import { isModerator } from './links.ts';
import type { Notifier } from './notify.ts';
import { isUniqueViolation } from './telegram.ts';

export interface SlotView {
  id: number;
  startsAt: Date;
  endsAt: Date;
  period: string;
  onlineUrl: string | null;
  booking: { id: number; userId: number; municipality: string; project: string | null } | null;
}

export type BookOutcome = { kind: 'booked'; bookingId: number } | { kind: 'already-yours' };

export class SlotService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly notifier: Notifier,
  ) {}

  /** Creates the timetable's slots; a slot already published at the same time for the period is kept as it is. */
  async publish(actor: Person, timetable: Timetable, effectKey: string): Promise<{ created: number; existing: number }> {
    if (!isModerator(actor)) throw new ServiceError('need-role', { role: 'moderator' });
    let created = 0;
    for (const startsAt of timetable.starts) {
      try {
        await this.db.discussionSlot.create({
          data: {
            title: timetable.period, period: timetable.period, startsAt, endsAt: new Date(startsAt.getTime() + timetable.minutes * 60_000),
            onlineUrl: timetable.onlineUrl, perMunicipality: timetable.perMunicipality, createdById: actor.id, createdAt: this.clock.now(),
          },
        });
        created++;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    await this.db.$transaction((tx) =>
      recordAudit(tx, { key: `${effectKey}:slots`, actorId: actor.id, action: 'slots.publish', entity: 'discussion-slot', entityId: timetable.period, after: { slots: created, perMunicipality: timetable.perMunicipality } }),
    );
    return { created, existing: timetable.starts.length - created };
  }

  /** Slots not yet over, for everyone to see. */
  async timetable(): Promise<SlotView[]> {
    const rows = await this.db.discussionSlot.findMany({
      where: { endsAt: { gt: this.clock.now() } },
      orderBy: { startsAt: 'asc' },
      take: 60,
      select: {
        id: true, startsAt: true, endsAt: true, period: true, onlineUrl: true,
        booking: { select: { id: true, userId: true, municipality: { select: { name: true } }, project: { select: { title: true } } } },
      },
    });
    return rows.map((r) => ({ ...r, booking: r.booking && { id: r.booking.id, userId: r.booking.userId, municipality: r.booking.municipality.name, project: r.booking.project?.title ?? null } }));
  }

  /** The projects a representative may present: their own, launched, not deleted. */
  async projectsOf(person: Person): Promise<{ id: number; title: string }[]> {
    return this.db.project.findMany({ where: { authorId: person.id, deletedAt: null, status: { not: 'draft' } }, select: { id: true, title: true }, orderBy: { id: 'desc' }, take: 20 });
  }

  /**
   * Books the slot for the person's municipality. Each attempt is one insert: the slot's unique key
   * refuses a second booking of it; the (municipality, period, ordinal) key refuses more than N,
   * trying ordinals 1..N in turn — two representatives at the same instant get different ordinals
   * or one of them is refused, whatever the interleaving.
   */
  async book(person: Person, slotId: number, projectId: number): Promise<BookOutcome> {
    if (!person.registeredAt) throw new ServiceError('not-registered');
    if (!person.municipalityId) throw new ServiceError('slot-no-municipality');
    const now = this.clock.now();
    const slot = await this.db.discussionSlot.findUnique({ where: { id: slotId }, select: { startsAt: true, period: true, perMunicipality: true, booking: { select: { userId: true } } } });
    if (!slot) throw new ServiceError('slot-not-found');
    if (slot.booking) {
      if (slot.booking.userId === person.id) return { kind: 'already-yours' };
      throw new ServiceError('slot-taken');
    }
    if (!beforeCutoff(slot.startsAt, now)) throw new ServiceError('slot-too-late');
    const project = await this.db.project.findFirst({ where: { id: projectId, authorId: person.id, deletedAt: null, status: { not: 'draft' } }, select: { id: true } });
    if (!project) throw new ServiceError('slot-not-your-project');
    for (let ordinal = 1; ordinal <= slot.perMunicipality; ordinal++) {
      try {
        const booking = await this.db.slotBooking.create({ data: { slotId, userId: person.id, municipalityId: person.municipalityId, projectId, period: slot.period, ordinal, createdAt: now } });
        return { kind: 'booked', bookingId: booking.id };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // Which key refused it: the slot (someone else was faster) or this ordinal (try the next).
        const holder = await this.db.slotBooking.findUnique({ where: { slotId }, select: { userId: true } });
        if (holder) {
          if (holder.userId === person.id) return { kind: 'already-yours' };
          throw new ServiceError('slot-taken');
        }
      }
    }
    throw new ServiceError('slot-limit', { limit: slot.perMunicipality });
  }

  /** Cancels the person's own booking before the cutoff; the slot is free again. */
  async cancel(person: Person, bookingId: number): Promise<void> {
    const booking = await this.db.slotBooking.findUnique({ where: { id: bookingId }, select: { userId: true, slot: { select: { startsAt: true } } } });
    if (!booking || booking.userId !== person.id) throw new ServiceError('slot-booking-gone');
    if (!beforeCutoff(booking.slot.startsAt, this.clock.now())) throw new ServiceError('slot-too-late');
    await this.db.slotBooking.deleteMany({ where: { id: bookingId, userId: person.id } });
  }

  async myBookings(person: Person): Promise<{ id: number; slotId: number; startsAt: Date; project: string | null }[]> {
    const rows = await this.db.slotBooking.findMany({ where: { userId: person.id, slot: { endsAt: { gt: this.clock.now() } } }, select: { id: true, slotId: true, slot: { select: { startsAt: true } }, project: { select: { title: true } } }, orderBy: { slot: { startsAt: 'asc' } } });
    return rows.map((r) => ({ id: r.id, slotId: r.slotId, startsAt: r.slot.startsAt, project: r.project?.title ?? null }));
  }

  /**
   * Hourly: a reminder to whoever booked a slot starting within the next day. The outbox key
   * (one per booking) sends it once, however many runs see the booking.
   */
  async remindUpcoming(now: Date): Promise<number> {
    const bookings = await this.db.slotBooking.findMany({
      where: { slot: { startsAt: { gt: now, lte: new Date(now.getTime() + 24 * 3_600_000) } } },
      select: { id: true, user: { select: { id: true, telegramId: true, locale: true } }, project: { select: { title: true } }, slot: { select: { startsAt: true, onlineUrl: true } } },
    });
    await this.db.$transaction(async (tx) => {
      for (const b of bookings) {
        const locale = b.user.locale === 'en' ? 'en' : 'ru';
        await enqueue(tx, {
          key: `slot-reminder:${b.id}`,
          chatId: b.user.telegramId,
          payload: {
            text: this.notifier.text(b.user.locale, b.slot.onlineUrl ? 'slot-reminder-link' : 'slot-reminder', {
              date: formatDay(b.slot.startsAt, locale, this.timeZone), time: formatClock(b.slot.startsAt, this.timeZone), project: escapeHtml(b.project?.title ?? '—'), url: escapeHtml(b.slot.onlineUrl ?? ''),
            }),
            parse_mode: 'HTML',
          },
        }, now);
      }
    });
    return bookings.length;
  }
}
