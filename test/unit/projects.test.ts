// Rules of the participant journey: catalogue filters and grouping, joining, handing in, step states.
import { describe, expect, it } from 'vitest';
import { daysLeft, toLocalDate } from '../../src/domain/dates.ts';
import { daysUntil, localDateOf } from '../../src/domain/local-days.ts';
import {
  byNearestDeadline,
  canJoin,
  catalogueOrder,
  canSubmit,
  cataloguePage,
  deadlineInfo,
  groupByMonth,
  isVisible,
  matchesFilter,
  matchesStatus,
  nextDeadline,
  paginate,
  projectIntake,
  projectPhase,
  startOfNextMonth,
  stepState,
  submitAction,
  type CatalogueFilter,
  type ListedProject,
  type StepState,
} from '../../src/domain/projects.ts';

const TZ = 'Asia/Krasnoyarsk';
// 10:00 on 20 May 2021 in Krasnoyarsk.
const NOW = new Date('2021-05-20T03:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00+07:00`);

let nextId = 1;
function project(overrides: Partial<ListedProject> = {}): ListedProject {
  return {
    id: nextId++,
    title: 'Проект',
    status: 'running',
    startsOn: day('2021-05-14'),
    endsOn: day('2021-05-31'),
    deletedAt: null,
    guildCodes: ['teacher'],
    directionCodes: ['distance'],
    ...overrides,
  };
}

const allFilter: CatalogueFilter = { guildCodes: [], directionCode: null, status: 'all', uptoCurrentMonth: false };

describe('catalogue visibility and filters', () => {
  it('hides drafts and deleted projects', () => {
    expect(isVisible({ status: 'published', deletedAt: null })).toBe(true);
    expect(isVisible({ status: 'draft', deletedAt: null })).toBe(false);
    expect(isVisible({ status: 'running', deletedAt: new Date() })).toBe(false);
    expect(matchesFilter(project({ status: 'draft' }), allFilter, NOW, TZ)).toBe(false);
  });

  it('open means published or running and not over; finished includes projects past their last day', () => {
    expect(matchesStatus({ status: 'published', endsOn: day('2021-06-30') }, 'open', NOW, TZ)).toBe(true);
    expect(matchesStatus({ status: 'running', endsOn: day('2021-05-20') }, 'open', NOW, TZ)).toBe(true); // last day today
    expect(matchesStatus({ status: 'running', endsOn: day('2021-05-19') }, 'open', NOW, TZ)).toBe(false);
    expect(matchesStatus({ status: 'running', endsOn: day('2021-05-19') }, 'finished', NOW, TZ)).toBe(true);
    expect(matchesStatus({ status: 'finished', endsOn: day('2021-06-30') }, 'finished', NOW, TZ)).toBe(true);
    expect(matchesStatus({ status: 'finished', endsOn: day('2021-06-30') }, 'open', NOW, TZ)).toBe(false);
    expect(matchesStatus({ status: 'finished', endsOn: day('2021-06-30') }, 'all', NOW, TZ)).toBe(true);
  });

  it('knows the phase the participant is told', () => {
    expect(projectPhase({ status: 'published', startsOn: day('2021-06-01'), endsOn: day('2021-06-30') }, NOW, TZ)).toBe('upcoming');
    expect(projectPhase({ status: 'published', startsOn: day('2021-05-20'), endsOn: day('2021-06-30') }, NOW, TZ)).toBe('running');
    expect(projectPhase({ status: 'running', startsOn: day('2021-06-01'), endsOn: day('2021-06-30') }, NOW, TZ)).toBe('running');
    expect(projectPhase({ status: 'running', startsOn: day('2021-04-01'), endsOn: day('2021-05-01') }, NOW, TZ)).toBe('finished');
  });

  it('"up to the current month" stops at the first local instant of next month', () => {
    expect(startOfNextMonth(NOW, TZ).toISOString()).toBe('2021-05-31T17:00:00.000Z');
    expect(startOfNextMonth(new Date('2021-12-31T16:59:59Z'), TZ).toISOString()).toBe('2021-12-31T17:00:00.000Z');
    // 23:59 local on 31 Dec is still December; one second later it is January.
    expect(startOfNextMonth(new Date('2021-12-31T17:00:00Z'), TZ).toISOString()).toBe('2022-01-31T17:00:00.000Z');
    const upto = { ...allFilter, uptoCurrentMonth: true };
    expect(matchesFilter(project({ startsOn: new Date('2021-05-31T16:59:00Z') }), upto, NOW, TZ)).toBe(true);
    expect(matchesFilter(project({ startsOn: new Date('2021-05-31T17:00:00Z') }), upto, NOW, TZ)).toBe(false);
    expect(matchesFilter(project({ startsOn: new Date('2021-05-31T17:00:00Z') }), allFilter, NOW, TZ)).toBe(true);
  });

  it('filters by guild (a project for «Любая» fits every choice) and by direction', () => {
    const teachers = project({ guildCodes: ['teacher', 'methodologist'] });
    const everyone = project({ guildCodes: ['any'] });
    const coders = project({ guildCodes: ['programmer'], directionCodes: ['network'] });
    const pick = (f: Partial<CatalogueFilter>) => [teachers, everyone, coders].filter((p) => matchesFilter(p, { ...allFilter, ...f }, NOW, TZ)).map((p) => p.id);
    expect(pick({ guildCodes: ['methodologist'] })).toEqual([teachers.id, everyone.id]);
    expect(pick({ guildCodes: ['programmer', 'teacher'] })).toEqual([teachers.id, everyone.id, coders.id]);
    expect(pick({ guildCodes: ['any'] })).toEqual([teachers.id, everyone.id, coders.id]);
    expect(pick({ guildCodes: [] })).toEqual([teachers.id, everyone.id, coders.id]);
    expect(pick({ directionCode: 'network' })).toEqual([coders.id]);
    expect(pick({ directionCode: 'network', guildCodes: ['teacher'] })).toEqual([]);
  });
});

describe('catalogue order, months and pages', () => {
  it('groups by local start month, newest first', () => {
    const april = project({ title: 'Апрель', startsOn: day('2021-04-10') });
    const may1 = project({ title: 'Май 1', startsOn: day('2021-05-01') });
    const may2 = project({ title: 'Май 2', startsOn: day('2021-05-14') });
    // 20:00 UTC on 31 May is already 1 June in Krasnoyarsk.
    const june = project({ title: 'Июнь', startsOn: new Date('2021-05-31T20:00:00Z') });
    const view = cataloguePage([april, may1, june, may2], allFilter, 0, 10, NOW, TZ);
    expect(view.groups.map((g) => [g.year, g.month, g.items.map((i) => i.title)])).toEqual([
      [2021, 6, ['Июнь']],
      [2021, 5, ['Май 2', 'Май 1']],
      [2021, 4, ['Апрель']],
    ]);
  });

  it('pages and clamps out-of-range pages', () => {
    const items = Array.from({ length: 17 }, (_, i) => i);
    expect(paginate(items, 0, 8)).toMatchObject({ page: 0, pages: 3, total: 17, items: [0, 1, 2, 3, 4, 5, 6, 7] });
    expect(paginate(items, 2, 8).items).toEqual([16]);
    expect(paginate(items, 99, 8).page).toBe(2);
    expect(paginate(items, -3, 8).page).toBe(0);
    expect(paginate([], 4, 8)).toMatchObject({ page: 0, pages: 1, total: 0, items: [] });
  });

  it('a page keeps month headings for its own items only', () => {
    const list = Array.from({ length: 10 }, (_, i) => project({ startsOn: day(`2021-0${i < 5 ? 5 : 4}-${10 + i}`) }));
    const second = cataloguePage(list, allFilter, 1, 4, NOW, TZ);
    expect(second.groups.map((g) => [g.month, g.items.length])).toEqual([[5, 1], [4, 3]]);
  });

  it('groups consecutive items only', () => {
    expect(groupByMonth([{ startsOn: day('2021-05-01') }, { startsOn: day('2021-05-02') }], TZ)).toHaveLength(1);
  });
});

describe('when a listed project takes work, and the order that follows', () => {
  const step = (position: number, starts: string, ends: string) => ({ position, startsOn: day(starts), endsOn: day(ends) });

  it('names the step accepting now with its last day, counting whole local days', () => {
    // Step 1 is over; step 2 runs until the end of 31 May; step 3 opens later.
    const p = project({ steps: [step(1, '2021-05-01', '2021-05-10'), step(2, '2021-05-11', '2021-05-31'), step(3, '2021-06-01', '2021-06-20')] });
    expect(projectIntake(p, NOW, TZ)).toEqual({ kind: 'accepting', position: 2, until: day('2021-05-31') });
    // A step that opens today or closes today accepts work today.
    expect(projectIntake(project({ steps: [step(1, '2021-05-20', '2021-05-25')] }), NOW, TZ).kind).toBe('accepting');
    expect(projectIntake(project({ steps: [step(1, '2021-05-01', '2021-05-20')] }), NOW, TZ).kind).toBe('accepting');
  });

  it('of two steps open at once names the one closing first', () => {
    const p = project({ steps: [step(1, '2021-05-01', '2021-06-30'), step(2, '2021-05-15', '2021-05-25')] });
    expect(projectIntake(p, NOW, TZ)).toEqual({ kind: 'accepting', position: 2, until: day('2021-05-25') });
  });

  it('when nothing accepts now, names the step that opens next; closed once every window is over', () => {
    const upcoming = project({ startsOn: day('2021-06-01'), endsOn: day('2021-07-31'), steps: [step(2, '2021-07-01', '2021-07-20'), step(1, '2021-06-07', '2021-06-30')] });
    expect(projectIntake(upcoming, NOW, TZ)).toEqual({ kind: 'opens', position: 1, on: day('2021-06-07') });
    // Tomorrow is not today: 21 May opens, 19 May is over.
    const between = project({ steps: [step(1, '2021-05-01', '2021-05-19'), step(2, '2021-05-21', '2021-05-30')] });
    expect(projectIntake(between, NOW, TZ)).toEqual({ kind: 'opens', position: 2, on: day('2021-05-21') });
    expect(projectIntake(project({ steps: [step(1, '2021-05-01', '2021-05-19')] }), NOW, TZ)).toEqual({ kind: 'closed' });
  });

  it('says nothing for a project without steps or a finished one', () => {
    expect(projectIntake(project({ steps: [] }), NOW, TZ)).toEqual({ kind: 'none' });
    expect(projectIntake(project({}), NOW, TZ)).toEqual({ kind: 'none' });
    expect(projectIntake(project({ status: 'finished', steps: [step(1, '2021-05-01', '2021-05-31')] }), NOW, TZ)).toEqual({ kind: 'none' });
  });

  it('lists projects taking work now first, then the other open ones, then the finished, newest first within each', () => {
    const newestUpcoming = project({ title: 'Скоро', startsOn: day('2021-06-01'), endsOn: day('2021-07-31'), steps: [step(1, '2021-06-07', '2021-06-30')] });
    const olderAccepting = project({ title: 'Приём (апрель)', startsOn: day('2021-04-01'), steps: [step(1, '2021-04-01', '2021-05-31')] });
    const newerAccepting = project({ title: 'Приём (май)', startsOn: day('2021-05-01'), steps: [step(1, '2021-05-01', '2021-05-31')] });
    const noSteps = project({ title: 'Без шагов', startsOn: day('2021-05-10') });
    const finished = project({ title: 'Завершён', status: 'finished', startsOn: day('2021-05-15'), steps: [step(1, '2021-05-15', '2021-05-31')] });
    const order = catalogueOrder([newestUpcoming, olderAccepting, finished, noSteps, newerAccepting], NOW, TZ);
    expect(order.map((o) => [o.project.title, o.section])).toEqual([
      ['Приём (май)', 'accepting'],
      ['Приём (апрель)', 'accepting'],
      ['Скоро', 'open'],
      ['Без шагов', 'open'],
      ['Завершён', 'finished'],
    ]);

    const view = cataloguePage([newestUpcoming, olderAccepting, finished, noSteps, newerAccepting], allFilter, 0, 10, NOW, TZ);
    expect(view.sectioned).toBe(true);
    // A section starts a new month group even within the same month.
    expect(view.groups.map((g) => [g.section, g.month, g.items.map((i) => i.title)])).toEqual([
      ['accepting', 5, ['Приём (май)']],
      ['accepting', 4, ['Приём (апрель)']],
      ['open', 6, ['Скоро']],
      ['open', 5, ['Без шагов']],
      ['finished', 5, ['Завершён']],
    ]);
    expect(cataloguePage([noSteps, newestUpcoming], allFilter, 0, 10, NOW, TZ).sectioned).toBe(false);
  });
});

describe('joining', () => {
  const base = { status: 'running', endsOn: day('2021-05-31'), deletedAt: null, guildCodes: ['teacher'], otherGuildsPolicy: 'confirm' };
  it('lets a person of the project guilds join', () => {
    expect(canJoin(base, ['teacher', 'mentor'], false, NOW, TZ)).toBe('ok');
  });
  it('says so when already a participant, even after the end', () => {
    expect(canJoin(base, ['teacher'], true, NOW, TZ)).toBe('already');
    expect(canJoin({ ...base, status: 'finished' }, ['teacher'], true, NOW, TZ)).toBe('already');
  });
  it('refuses finished, deleted and draft projects', () => {
    expect(canJoin({ ...base, status: 'finished' }, ['teacher'], false, NOW, TZ)).toBe('finished');
    expect(canJoin({ ...base, endsOn: day('2021-05-19') }, ['teacher'], false, NOW, TZ)).toBe('finished');
    expect(canJoin({ ...base, deletedAt: NOW }, ['teacher'], false, NOW, TZ)).toBe('unavailable');
    expect(canJoin({ ...base, status: 'draft' }, ['teacher'], false, NOW, TZ)).toBe('unavailable');
  });
  it('asks or refuses people of other guilds, per project', () => {
    expect(canJoin(base, ['programmer'], false, NOW, TZ)).toBe('other-guilds-confirm');
    expect(canJoin(base, ['programmer'], false, NOW, TZ, true)).toBe('ok');
    expect(canJoin({ ...base, otherGuildsPolicy: 'refuse' }, ['programmer'], false, NOW, TZ)).toBe('other-guilds-refused');
    expect(canJoin({ ...base, otherGuildsPolicy: 'refuse' }, ['programmer'], false, NOW, TZ, true)).toBe('other-guilds-refused');
    expect(canJoin(base, [], false, NOW, TZ)).toBe('other-guilds-confirm');
  });
  it('treats «Любая» as everyone, on either side', () => {
    expect(canJoin({ ...base, guildCodes: ['any'], otherGuildsPolicy: 'refuse' }, ['programmer'], false, NOW, TZ)).toBe('ok');
    expect(canJoin({ ...base, otherGuildsPolicy: 'refuse' }, ['any'], false, NOW, TZ)).toBe('ok');
  });
});

describe('handing in a step', () => {
  const step = { startsOn: day('2021-05-14'), endsOn: day('2021-05-22') };
  const proj = { status: 'running', deletedAt: null, allowLateWork: false, stepsInOrder: true };
  const accepted: StepState = { kind: 'accepted', attempt: 1, points: 10, maxPoints: 19 };
  it('is allowed within the step dates, whole local days included', () => {
    expect(canSubmit(step, proj, [], NOW, TZ)).toBe('ok');
    expect(canSubmit(step, proj, [], new Date('2021-05-13T17:00:00Z'), TZ)).toBe('ok'); // 00:00 on 14 May
    expect(canSubmit(step, proj, [], new Date('2021-05-22T16:59:00Z'), TZ)).toBe('ok'); // 23:59 on 22 May
  });
  it('is refused before the start and after the deadline unless late work is allowed', () => {
    expect(canSubmit(step, proj, [], new Date('2021-05-13T16:59:00Z'), TZ)).toBe('not-started');
    expect(canSubmit(step, proj, [], new Date('2021-05-22T17:00:00Z'), TZ)).toBe('deadline-passed');
    expect(canSubmit(step, { ...proj, allowLateWork: true }, [], new Date('2021-06-22T17:00:00Z'), TZ)).toBe('ok');
  });
  it('wants earlier steps handed in first when the project keeps order', () => {
    expect(canSubmit(step, proj, [accepted, { kind: 'on-review', attempt: 2 }], NOW, TZ)).toBe('ok');
    expect(canSubmit(step, proj, [accepted, { kind: 'not-started' }], NOW, TZ)).toBe('previous-step-first');
    expect(canSubmit(step, proj, [{ kind: 'returned', attempt: 1 }], NOW, TZ)).toBe('previous-step-first');
    expect(canSubmit(step, proj, [{ kind: 'draft', attempt: 1 }], NOW, TZ)).toBe('previous-step-first');
    expect(canSubmit(step, { ...proj, stepsInOrder: false }, [{ kind: 'not-started' }], NOW, TZ)).toBe('ok');
  });
  it('takes nothing in a closed, deleted or hidden project', () => {
    expect(canSubmit(step, { ...proj, status: 'finished', allowLateWork: true }, [], NOW, TZ)).toBe('project-finished');
    expect(canSubmit(step, { ...proj, deletedAt: NOW }, [], NOW, TZ)).toBe('unavailable');
    expect(canSubmit(step, { ...proj, status: 'draft' }, [], NOW, TZ)).toBe('unavailable');
  });
});

describe('step states', () => {
  it('derives the state from the latest attempt', () => {
    expect(stepState([])).toEqual({ kind: 'not-started' });
    expect(stepState([{ attempt: 1, status: 'draft' }])).toEqual({ kind: 'draft', attempt: 1 });
    expect(stepState([{ attempt: 1, status: 'submitted' }])).toEqual({ kind: 'on-review', attempt: 1 });
    expect(stepState([{ attempt: 2, status: 'draft' }, { attempt: 1, status: 'returned' }])).toEqual({ kind: 'draft', attempt: 2 });
    expect(stepState([{ attempt: 1, status: 'returned' }])).toEqual({ kind: 'returned', attempt: 1 });
    expect(stepState([{ attempt: 1, status: 'returned' }, { attempt: 2, status: 'accepted', points: 17, maxPoints: 19 }])).toEqual({
      kind: 'accepted',
      attempt: 2,
      points: 17,
      maxPoints: 19,
    });
  });
  it('offers the right submit button', () => {
    expect(submitAction({ kind: 'not-started' })).toBe('start');
    expect(submitAction({ kind: 'draft', attempt: 1 })).toBe('continue');
    expect(submitAction({ kind: 'returned', attempt: 1 })).toBe('resubmit');
    expect(submitAction({ kind: 'on-review', attempt: 1 })).toBeNull();
    expect(submitAction({ kind: 'accepted', attempt: 1, points: 1, maxPoints: 1 })).toBeNull();
  });
  it('counts days left in local days', () => {
    expect(deadlineInfo(day('2021-05-23'), NOW, TZ)).toEqual({ kind: 'days', days: 3 });
    expect(deadlineInfo(day('2021-05-20'), NOW, TZ)).toEqual({ kind: 'today' });
    expect(deadlineInfo(day('2021-05-18'), NOW, TZ)).toEqual({ kind: 'passed', days: 2 });
  });
});

describe('/my order', () => {
  const notStarted: StepState = { kind: 'not-started' };
  const onReview: StepState = { kind: 'on-review', attempt: 1 };
  it('takes the earliest pending, not yet passed deadline', () => {
    const steps = [
      { endsOn: day('2021-05-18'), state: notStarted }, // passed
      { endsOn: day('2021-05-21'), state: onReview }, // handed in
      { endsOn: day('2021-05-25'), state: { kind: 'returned', attempt: 1 } as StepState },
      { endsOn: day('2021-05-28'), state: notStarted },
    ];
    expect(nextDeadline(steps, NOW, TZ)).toEqual(day('2021-05-25'));
    expect(nextDeadline([{ endsOn: day('2021-05-21'), state: onReview }], NOW, TZ)).toBeNull();
  });
  it('puts the nearest deadline first and finished business last', () => {
    const late = { id: 1, steps: [{ endsOn: day('2021-06-10'), state: notStarted }] };
    const soon = { id: 2, steps: [{ endsOn: day('2021-05-21'), state: notStarted }] };
    const done = { id: 3, steps: [{ endsOn: day('2021-05-21'), state: onReview }] };
    expect(byNearestDeadline([late, done, soon], NOW, TZ).map((p) => p.id)).toEqual([2, 1, 3]);
  });
});

describe('local days (the fast path the catalogue uses)', () => {
  it('agrees with dates.ts, also around local midnight and for a mutated Date', () => {
    const instants = ['2021-05-13T16:59:59Z', '2021-05-13T17:00:00Z', '2021-12-31T17:00:00Z', '2024-02-28T18:30:00Z'].map((iso) => new Date(iso));
    for (const zone of [TZ, 'Europe/Moscow', 'America/New_York']) {
      for (const instant of instants) {
        const { year, month, day } = localDateOf(instant, zone);
        expect({ year, month, day }).toEqual(toLocalDate(instant, zone));
        expect(daysUntil(NOW, instant, zone)).toBe(daysLeft(NOW, instant, zone));
      }
    }
    const moving = new Date('2021-05-13T16:59:59Z');
    expect(localDateOf(moving, TZ).day).toBe(13);
    moving.setTime(moving.getTime() + 1000);
    expect(localDateOf(moving, TZ).day).toBe(14);
  });
});
