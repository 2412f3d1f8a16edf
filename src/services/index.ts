// Wires the use-case services to their dependencies (one place, so bot, web and jobs share them).
import type { Db } from '../db/client.ts';
import type { Clock } from './clock.ts';
import { DirectoryService } from './directory.ts';
import type { Translate } from './translator.ts';
import { UserService } from './users.ts';

export interface Services {
  users: UserService;
  directory: DirectoryService;
  // (each feature adds its service here)
}

export interface ServiceDeps {
  db: Db;
  clock: Clock;
  translate: Translate;
  defaultLocale: string;
  timeZone: string;
  publicUrl: string;
}

export function createServices(deps: ServiceDeps): Services {
  const users = new UserService(deps.db, deps.clock, deps.translate, deps.defaultLocale);
  const directory = new DirectoryService(deps.db);
  // (each feature constructs its service here)
  return {
    users,
    directory,
    // (each feature lists its service here)
  };
}
