// Reference lists people pick from: municipalities, institutions, guilds.
import type { Db } from '../db/client.ts';
import { normaliseText } from '../domain/profile-rules.ts';

export interface NamedItem {
  id: number;
  name: string;
}

export interface GuildItem {
  id: number;
  code: string;
  nameRu: string;
  nameEn: string;
}

/** Case- and spacing-insensitive comparison key, the same on SQLite and PostgreSQL. */
export const nameKey = (name: string) => normaliseText(name).toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/["«»“”]/g, '');

export class DirectoryService {
  #guilds: GuildItem[] | null = null;

  constructor(private readonly db: Db) {}

  async municipalities(): Promise<NamedItem[]> {
    return this.db.municipality.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } });
  }

  async institutions(municipalityId: number): Promise<NamedItem[]> {
    return this.db.institution.findMany({ where: { municipalityId }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
  }

  async findMunicipality(name: string): Promise<NamedItem | undefined> {
    const key = nameKey(name);
    return (await this.municipalities()).find((m) => nameKey(m.name) === key);
  }

  async findInstitution(municipalityId: number, name: string): Promise<NamedItem | undefined> {
    const key = nameKey(name);
    return (await this.institutions(municipalityId)).find((i) => nameKey(i.name) === key);
  }

  async municipality(id: number): Promise<NamedItem | null> {
    return this.db.municipality.findUnique({ where: { id }, select: { id: true, name: true } });
  }

  async institution(id: number): Promise<(NamedItem & { municipalityId: number }) | null> {
    return this.db.institution.findUnique({ where: { id }, select: { id: true, name: true, municipalityId: true } });
  }

  /** Guilds are seeded reference data that changes rarely: kept in memory after the first read. */
  async guilds(): Promise<GuildItem[]> {
    this.#guilds ??= await this.db.guild.findMany({ select: { id: true, code: true, nameRu: true, nameEn: true }, orderBy: [{ sort: 'asc' }, { id: 'asc' }] });
    return this.#guilds;
  }

  guildName(guild: GuildItem, locale: string): string {
    return locale === 'en' ? guild.nameEn : guild.nameRu;
  }
}
