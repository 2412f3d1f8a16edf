// A short lease in the database: one instance at a time does a singleton duty (the outbox sender).
import type { Db } from '../db/client.ts';
import { isUniqueViolation } from './unique-violation.ts';

export class Lease {
  constructor(
    private readonly db: Db,
    private readonly name: string,
    private readonly holder: string,
    private readonly ttlMs: number,
  ) {}

  /** Takes or renews the lease; false while another live holder has it. */
  async acquire(now = new Date()): Promise<boolean> {
    const expiresAt = new Date(now.getTime() + this.ttlMs);
    const { count } = await this.db.lease.updateMany({
      where: { name: this.name, OR: [{ holder: this.holder }, { expiresAt: { lt: now } }] },
      data: { holder: this.holder, expiresAt },
    });
    if (count === 1) return true;
    try {
      await this.db.lease.create({ data: { name: this.name, holder: this.holder, expiresAt } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false; // someone else holds it (or just created it)
      throw error;
    }
  }

  async release(): Promise<void> {
    await this.db.lease.deleteMany({ where: { name: this.name, holder: this.holder } });
  }
}
