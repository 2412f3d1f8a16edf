// Wires the use-case services to their dependencies (one place, so bot, web and jobs share them).
import type { Db } from '../db/client.ts';
import type { Clock } from './clock.ts';
import { DirectoryService } from './directory.ts';
import type { Translate } from './translator.ts';
import { UserService } from './users.ts';

export interface Services {
  users: UserService;
  directory: DirectoryService;
}

export function createServices(deps: { db: Db; clock: Clock; translate: Translate; defaultLocale: string }): Services {
  return {
    users: new UserService(deps.db, deps.clock, deps.translate, deps.defaultLocale),
    directory: new DirectoryService(deps.db),
  };
}
