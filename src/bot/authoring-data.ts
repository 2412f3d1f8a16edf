// Callback data of the project builder (`au:`) and the moderation queue (`mod:`): each button names
// the screen or change it leads to and, for step changes, the step version it was shown with, so a
// stale press is refused by the service's version check and a forged one by its access check.

export const AUTHORING_PREFIX = 'au';
export const MODERATION_PREFIX = 'mod';
const MAX_BYTES = 64;

/** verb → how many numeric arguments it takes (codes such as a kind travel as a position number). */
export const AUTHORING_VERBS = {
  list: 0, // my projects
  p: 1, // project screen (projectId)
  pe: 2, // edit a project field (projectId, field)
  pk: 1, // kind picker
  pK: 2, // set kind (projectId, kind position)
  pl: 1, // level picker
  pL: 2, // set level
  pg: 1, // guild picker
  pG: 2, // toggle guild (projectId, guild position)
  pd: 1, // direction picker
  pD: 2, // toggle direction
  pr: 2, // toggle a rule (projectId, 0 = late work, 1 = steps in order)
  pw: 1, // preview project card
  pn: 1, // a participant's button pressed in the preview (does nothing)
  pc: 1, // copy as a new draft
  px: 2, // export (projectId, 0 = YAML, 1 = JSON)
  pR: 1, // send for review
  pf: 1, // finish (asks)
  pF: 1, // finish (confirmed)
  sn: 1, // new step (projectId)
  s: 1, // step screen (stepId)
  se: 3, // edit a step field (stepId, version, field)
  sm: 3, // move (stepId, version, 0 = up, 1 = down)
  sx: 2, // delete step (asks)
  sX: 2, // delete step (confirmed)
  sw: 1, // preview step card
  ma: 2, // add material (stepId, version)
  mx: 3, // delete material (stepId, version, materialId)
  ia: 2, // add checklist item (stepId, version)
  i: 2, // item screen (stepId, itemId)
  ir: 3, // toggle required (stepId, version, itemId)
  it: 4, // set what it takes (stepId, version, itemId, accepts position)
  ih: 3, // edit hint (stepId, version, itemId)
  ix: 3, // delete item (stepId, version, itemId)
  ca: 2, // add criterion (stepId, version)
  c: 2, // criterion screen (stepId, criterionId)
  cp: 3, // change points (stepId, version, criterionId)
  cx: 3, // delete criterion (stepId, version, criterionId)
} as const;
export type AuthoringVerb = keyof typeof AUTHORING_VERBS;

export const MODERATION_VERBS = {
  q: 0, // the queue
  o: 1, // a project waiting for review (projectId)
  p: 2, // publish (projectId, version)
  r: 2, // return with a comment (projectId, version)
} as const;
export type ModerationVerb = keyof typeof MODERATION_VERBS;

function encode(prefix: string, verb: string, args: readonly number[]): string {
  const data = [prefix, verb, ...args.map((a) => String(a))].join(':');
  if (Buffer.byteLength(data) > MAX_BYTES) throw new Error(`callback data too long: ${data}`);
  return data;
}

function decode<V extends string>(prefix: string, verbs: Record<V, number>, data: string): { verb: V; args: number[] } | null {
  const parts = data.split(':');
  if (parts[0] !== prefix || parts.length < 2) return null;
  const verb = parts[1] as V;
  if (!Object.hasOwn(verbs, verb)) return null;
  const args = parts.slice(2);
  if (args.length !== verbs[verb] || !args.every((a) => /^\d{1,9}$/.test(a))) return null;
  return { verb, args: args.map(Number) };
}

export const au = (verb: AuthoringVerb, ...args: number[]) => encode(AUTHORING_PREFIX, verb, args);
export const decodeAuthoring = (data: string) => decode(AUTHORING_PREFIX, AUTHORING_VERBS, data);
export const mod = (verb: ModerationVerb, ...args: number[]) => encode(MODERATION_PREFIX, verb, args);
export const decodeModeration = (data: string) => decode(MODERATION_PREFIX, MODERATION_VERBS, data);

/** The author's dashboard and team screens belong to their own feature; the builder only links to them. */
export const dashboardData = (projectId: number) => `dash:${projectId}`;
export const teamData = (projectId: number) => `team:${projectId}`;

export const PROJECT_FIELDS = ['title', 'summary', 'description', 'dates', 'hours'] as const;
export type ProjectField = (typeof PROJECT_FIELDS)[number];
export const STEP_FIELDS = ['title', 'task', 'dates'] as const;
export type StepField = (typeof STEP_FIELDS)[number];
