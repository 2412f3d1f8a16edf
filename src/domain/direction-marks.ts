// The legend of directions («Условные обозначения» of the original platform): a mark per direction
// shown beside projects in the catalogue and explained on its filter screen.
const MARKS: Record<string, string> = {
  podod: '💳',
  navigator: '🧭',
  ovz: '♿',
  tzhs: '🤝',
  'territorial-access': '🗺',
  distance: '💻',
  modular: '🧩',
  multilevel: '📶',
  network: '🔗',
  mentoring: '🎓',
  'seasonal-schools': '🏕',
  'public-business': '🏛',
  'programme-review': '🔍',
};

/** A direction added later as reference data gets a plain dot until it is given a mark here. */
export const DEFAULT_MARK = '•';

export function directionMark(code: string): string {
  return MARKS[code] ?? DEFAULT_MARK;
}

/** The marks of a project's directions, in the order given (the reference list's order). */
export function directionMarks(codes: readonly string[]): string {
  return codes.map(directionMark).join('');
}
