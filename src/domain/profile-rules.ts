// Validation of what a person types about themselves during registration and profile edits.
export const FULL_NAME_MAX = 120;
export const ORG_NAME_MAX = 200;
export const EMAIL_MAX = 254;

export type FieldCheck = { ok: true; value: string } | { ok: false; reason: 'empty' | 'too-long' | 'too-short' | 'invalid' };

/** Collapses runs of whitespace and strips control characters a phone keyboard may leave in. */
export function normaliseText(raw: string): string {
  return raw.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function checkFullName(raw: string): FieldCheck {
  const value = normaliseText(raw);
  if (!value) return { ok: false, reason: 'empty' };
  if (value.length > FULL_NAME_MAX) return { ok: false, reason: 'too-long' };
  // A name needs letters; "123" or "!!!" is a slip of the finger, not a name.
  if (!/\p{L}{2,}/u.test(value)) return { ok: false, reason: value.length < 2 ? 'too-short' : 'invalid' };
  return { ok: true, value };
}

export function checkOrganisationName(raw: string): FieldCheck {
  const value = normaliseText(raw);
  if (!value) return { ok: false, reason: 'empty' };
  if (value.length > ORG_NAME_MAX) return { ok: false, reason: 'too-long' };
  if (value.length < 3 || !/\p{L}/u.test(value)) return { ok: false, reason: 'too-short' };
  return { ok: true, value };
}

// Deliberately simple: one @, a dot in the domain, no spaces; the address is only used to reach the person.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u;

export function checkEmail(raw: string): FieldCheck {
  const value = raw.trim();
  if (!value) return { ok: false, reason: 'empty' };
  if (value.length > EMAIL_MAX) return { ok: false, reason: 'too-long' };
  if (!EMAIL_PATTERN.test(value)) return { ok: false, reason: 'invalid' };
  return { ok: true, value: value.toLowerCase() };
}
