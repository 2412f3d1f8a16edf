// Who may do what, as one table: every command and every button prefix of the bot × every role.
// The table is the documentation; a command or prefix in the code without a row fails the test
// (deny by default), and so does any cell the bot answers differently.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from 'grammy/types';
import { createHarness, type Harness } from '../helpers/bot-harness.ts';
import { createPerson, createProject } from '../helpers/grading-fixtures.ts';
import { makeUser } from '../helpers/updates.ts';

const ROLES = ['none', 'participant', 'author', 'expert', 'analyst', 'moderator', 'admin'] as const;
type Role = (typeof ROLES)[number];
const REGISTERED: Role[] = ['participant', 'author', 'expert', 'analyst', 'moderator', 'admin'];
const EVERYONE: Role[] = [...ROLES];

/** command → (how it is sent, with arguments that pass its usage check) and the roles that may use it. */
const COMMANDS: Record<string, { send: (p: { projectId: number }) => string; allowed: Role[] }> = {
  start: { send: () => '/start', allowed: EVERYONE },
  help: { send: () => '/help', allowed: EVERYONE },
  language: { send: () => '/language', allowed: EVERYONE },
  profile: { send: () => '/profile', allowed: REGISTERED },
  projects: { send: () => '/projects', allowed: REGISTERED },
  my: { send: () => '/my', allowed: REGISTERED },
  badges: { send: () => '/badges', allowed: REGISTERED },
  rating: { send: () => '/rating', allowed: REGISTERED },
  certificates: { send: () => '/certificates', allowed: REGISTERED },
  portfolio: { send: () => '/portfolio', allowed: REGISTERED },
  news: { send: () => '/news', allowed: EVERYONE },
  news_new: { send: () => '/news_new', allowed: ['moderator', 'admin'] },
  // The year's plan (an empty plan is an answer too): for everyone registered.
  roadmap: { send: () => '/roadmap', allowed: REGISTERED },
  review: { send: () => '/review', allowed: ['expert'] },
  // The projects I author or co-author (an empty list is an answer, not a refusal).
  dashboard: { send: () => '/dashboard', allowed: REGISTERED },
  // Per project: its author (the fixture project's author is the author here) or a moderator.
  experts: { send: (p) => `/experts ${p.projectId}`, allowed: ['author', 'moderator'] },
  regrade: { send: () => '/regrade 999999', allowed: ['moderator'] },
  cert_revoke: { send: () => '/cert_revoke NOPE-CODE нарушение', allowed: ['moderator', 'admin'] },
  revoke_badge: { send: () => '/revoke_badge @user99999', allowed: ['moderator'] },
  badge_rule: { send: () => '/badge_rule master 25', allowed: ['moderator'] },
  settings: { send: () => '/settings', allowed: REGISTERED },
  mod_name: { send: () => '/mod_name #999999 Другое Имя', allowed: ['moderator'] },
  mod_municipality: { send: () => '/mod_municipality #999999 1', allowed: ['moderator'] },
  mod_institution: { send: () => '/mod_institution #999999 1', allowed: ['moderator'] },
  orgs: { send: () => '/orgs город', allowed: ['moderator'] },
  merge_municipality: { send: () => '/merge_municipality 999998 999999', allowed: ['moderator'] },
  merge_institution: { send: () => '/merge_institution 999998 999999', allowed: ['moderator'] },
  project_hide: { send: () => '/project_hide 999999 причина', allowed: ['moderator'] },
  project_show: { send: () => '/project_show 999999', allowed: ['moderator'] },
  project_unpublish: { send: () => '/project_unpublish 999999 причина', allowed: ['moderator'] },
  withdraw: { send: () => '/withdraw 999999 1 причина', allowed: ['moderator'] },
  audit: { send: () => '/audit user 1', allowed: ['moderator', 'admin'] },
  roles: { send: () => '/roles @user99999', allowed: ['admin'] },
  grant: { send: () => '/grant @user99999 expert', allowed: ['admin'] },
  revoke: { send: () => '/revoke @user99999 expert', allowed: ['admin'] },
  newproject: { send: () => '/newproject', allowed: ['author', 'moderator', 'admin'] },
  myprojects: { send: () => '/myprojects', allowed: REGISTERED },
  import: { send: () => '/import', allowed: ['author', 'moderator', 'admin'] },
  moderation: { send: () => '/moderation', allowed: ['moderator', 'admin'] },
  web: { send: () => '/web', allowed: ['author', 'analyst', 'moderator', 'admin'] },
  // Groups: open workshops and the slot timetable are for everyone to see; /group points to the group.
  workshops: { send: () => '/workshops', allowed: EVERYONE },
  slots: { send: () => '/slots', allowed: EVERYONE },
  group: { send: () => '/group', allowed: EVERYONE },
  workshop: { send: () => '/workshop', allowed: ['author', 'moderator', 'admin'] },
  discuss: { send: () => '/discuss', allowed: REGISTERED },
  propose: { send: () => '/propose', allowed: REGISTERED },
  proposals: { send: () => '/proposals', allowed: REGISTERED },
  timetable: { send: () => '/timetable', allowed: ['moderator', 'admin'] },
  // The bank of best practices is public; proposing is for moderators; withdrawing is checked per practice.
  practices: { send: () => '/practices', allowed: EVERYONE },
  practice_propose: { send: () => '/practice_propose 999999', allowed: ['moderator'] },
  practice_withdraw: { send: () => '/practice_withdraw 999999', allowed: REGISTERED },
};

/** Button prefixes whose presses are guarded by role (the rest need only registration), with a press to try. */
const GUARDED_PRESSES: Record<string, { data: (p: { targetId: number; projectId: number }) => string; allowed: Role[] }> = {
  roles: { data: (p) => `roles:grant:${p.targetId}:expert`, allowed: ['admin'] },
  'rv:next': { data: () => 'rv:next', allowed: ['expert'] },
  // A project's builder: its author or a moderator (admins moderate too).
  au: { data: (p) => `au:p:${p.projectId}`, allowed: ['author', 'moderator', 'admin'] },
  mod: { data: () => 'mod:q', allowed: ['moderator', 'admin'] },
  mg: { data: () => 'mg:do:m:999998:999999', allowed: ['moderator'] },
  'prop:q': { data: () => 'prop:q:0', allowed: ['moderator', 'admin'] },
  aud: { data: (p) => `aud:u:${p.targetId}:0`, allowed: ['moderator', 'admin'] },
  // Per project (services/project-access.ts): its author, co-authors (none here) or a moderator.
  dash: { data: (p) => `dash:${p.projectId}`, allowed: ['author', 'moderator'] },
  team: { data: (p) => `team:${p.projectId}`, allowed: ['author', 'moderator'] },
  bc: { data: () => 'bc:menu:999999', allowed: ['moderator', 'admin'] },
};
/** Prefixes routed in create-bot.ts, each either role-guarded above or open to registered people. */
const OPEN_PREFIXES = ['lang', 'profile', 'cat', 'submit', 'subm', 'cert', 'portfolio', 'ach', 'rv', 'gr', 'aq', 'set', 'ws', 'slot', 'disc', 'news', 'rm', 'pb', 'pr'];

const REFUSALS = [/Для этого нужна роль/, /Сначала зарегистрируйтесь/, /может автор проекта или модератор/, /Веб-кабинет открыт аналитикам/, /может только автор проекта, его соавтор или модератор/];
const refused = (text: string) => REFUSALS.some((r) => r.test(text));

function commandsInCode(): string[] {
  const dir = join(import.meta.dirname, '../../src/bot/features');
  const found = new Set<string>();
  for (const file of readdirSync(dir)) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const m of source.matchAll(/\.command\(\s*(\[[^\]]*\]|'[a-z_]+')/g)) for (const name of m[1]!.matchAll(/'([a-z_]+)'/g)) found.add(name[1]!);
  }
  return [...found].sort();
}

function prefixesInRoutes(): string[] {
  const source = readFileSync(join(import.meta.dirname, '../../src/bot/create-bot.ts'), 'utf8');
  return [...source.matchAll(/\['([a-z]+)', [a-zA-Z]+\]/g)].map((m) => m[1]!).sort();
}

describe('the role × action matrix', () => {
  let h: Harness;
  let projectId: number;
  let targetId: number;
  const people = new Map<Role, User>();

  beforeAll(async () => {
    h = await createHarness('sqlite');
    let id = 9500;
    for (const role of ROLES) {
      const user = makeUser(++id);
      people.set(role, user);
      if (role === 'none') continue;
      await createPerson(h.db, { telegramId: user.id, fullName: `Тестова ${role}`, roles: role === 'participant' ? [] : [role] });
    }
    projectId = (await createProject(h.db, { authorId: (await h.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(people.get('author')!.id) } })).id })).projectId;
    targetId = (await createPerson(h.db, { telegramId: 9599, fullName: 'Цель Ролей' })).id;
  });
  afterAll(async () => h.close());

  it('has a row for every command in the code and every routed button prefix', () => {
    expect(commandsInCode()).toEqual(Object.keys(COMMANDS).sort());
    expect(prefixesInRoutes()).toEqual([...new Set([...OPEN_PREFIXES, ...Object.keys(GUARDED_PRESSES).map((p) => p.split(':')[0]!)])].sort());
  });

  it('lets each role use exactly the commands of its row', async () => {
    const actual: Record<string, Role[]> = {};
    for (const [command, row] of Object.entries(COMMANDS)) {
      actual[command] = [];
      for (const role of ROLES) {
        const user = people.get(role)!;
        const [name, ...args] = row.send({ projectId }).split(' ');
        const sent = await h.command(user, name!, args.join(' '));
        // /cancel leaves a conversation a command may have opened (registration, a queue).
        await h.command(user, '/cancel');
        const answer = sent.map((m) => m.text ?? '').join('\n');
        if (sent.length > 0 && !refused(answer)) actual[command]!.push(role);
      }
    }
    expect(actual).toEqual(Object.fromEntries(Object.entries(COMMANDS).map(([c, r]) => [c, r.allowed])));
  }, 120_000);

  it('honours role-guarded buttons only from the roles of their row', async () => {
    const actual: Record<string, Role[]> = {};
    for (const [name, row] of Object.entries(GUARDED_PRESSES)) {
      actual[name] = [];
      for (const role of ROLES) {
        const user = people.get(role)!;
        await h.command(user, '/cancel');
        const before = h.fake.callsOf('answerCallbackQuery').length;
        const sent = await h.press(user, row.data({ targetId, projectId }), undefined);
        const answers = h.fake.callsOf('answerCallbackQuery').slice(before).map((c) => String(c.params.text ?? ''));
        if (![...answers, ...sent.map((m) => m.text ?? '')].some(refused)) actual[name]!.push(role);
      }
    }
    expect(actual).toEqual(Object.fromEntries(Object.entries(GUARDED_PRESSES).map(([c, r]) => [c, r.allowed])));
  }, 60_000);
});
