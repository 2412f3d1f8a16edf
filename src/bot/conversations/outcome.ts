// A service call's result in a form a conversation can keep in its replay log (a ServiceError cannot).
import { ServiceError } from '../../services/users.ts';

export type Outcome<T> = { ok: true; value: T } | { ok: false; code: string; vars: Record<string, string | number> };

export async function outcome<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, code: error.code, vars: error.vars };
    throw error;
  }
}
