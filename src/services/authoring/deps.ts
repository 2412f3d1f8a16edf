// What the authoring services share: the database, time, texts for other people, and the two
// services they tell about changes (rewards for project events, the catalogue's cached listing).
import type { Db } from '../../db/client.ts';
import type { CatalogueService } from '../catalogue.ts';
import type { Clock } from '../../runtime/clock.ts';
import type { RewardsService } from '../rewards.ts';
import type { Translate } from '../translator.ts';

export interface AuthoringDeps {
  db: Db;
  clock: Clock;
  translate: Translate;
  defaultLocale: string;
  timeZone: string;
  rewards: RewardsService;
  catalogue: CatalogueService;
}
