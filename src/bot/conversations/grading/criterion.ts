// One rubric criterion's points: buttons (yes/no or a range), typed when the range is long, or the rest at maximum.
import { InlineKeyboard } from 'grammy';
import { checkPoints, parsePoints, pointsChoices } from '../../../domain/grading.ts';
import { escapeHtml } from '../../html.ts';
import { afterCriteria, askScreen, back, backRow, go, nextCriterion, type ScreenFn } from './session.ts';

const POINTS_PER_ROW = 6;

export const criterionScreen: ScreenFn<'criterion'> = async (s, screen) => {
  const { ctx, view, draft } = s;
  const criteria = view.criteria;
  const c = criteria[screen.j]!;
  const tag = `c${screen.j}`;
  const choices = pointsChoices(c);
  const buttons = choices.map((p) =>
    InlineKeyboard.text(c.yesNo ? ctx.t(p > 0 || c.maxPoints === 0 ? 'grading-btn-yes' : 'grading-btn-no', { points: p }) : String(p), `${s.prefix(tag)}p:${p}`),
  );
  const rows: ReturnType<typeof InlineKeyboard.text>[][] = [];
  for (let k = 0; k < buttons.length; k += POINTS_PER_ROW) rows.push(buttons.slice(k, k + POINTS_PER_ROW));
  if (!s.correcting && screen.j + 1 < criteria.length) rows.push([InlineKeyboard.text(ctx.t('grading-btn-rest-max'), `${s.prefix(tag)}max`)]);
  rows.push(backRow(s, tag));
  const typed = !c.yesNo;
  let problem = '';
  for (;;) {
    const head = ctx.t(c.yesNo ? 'grading-criterion-yes-no' : typed && choices.length < c.maxPoints + 1 ? 'grading-criterion-typed' : 'grading-criterion', {
      n: screen.j + 1,
      count: criteria.length,
      title: escapeHtml(c.title),
      max: c.maxPoints,
    });
    const now = draft.scores.has(c.id) ? `\n${ctx.t('grading-criterion-now', { points: draft.scores.get(c.id)! })}` : '';
    const a = await askScreen(s, { text: `${problem}${head}${now}`, keyboard: new InlineKeyboard(rows) }, { prefix: s.prefix(tag), acceptText: typed, edit: s.edit });
    s.edit = a.kind === 'button' ? a.messageId : undefined;
    let points: number | null = null;
    if (a.kind === 'text') points = parsePoints(a.text);
    else if (a.data === 'back') {
      back(s);
      return false;
    } else if (a.data === 'max') {
      for (const rest of criteria.slice(screen.j)) draft.scores.set(rest.id, rest.maxPoints);
      go(s, afterCriteria(s));
      return false;
    } else if (a.data.startsWith('p:')) points = parsePoints(a.data.slice(2));
    if (points === null || !checkPoints(c, points).ok) {
      problem = `${ctx.t('grading-points-out-of-range', { max: c.maxPoints })}\n\n`;
      continue;
    }
    draft.scores.set(c.id, points);
    go(s, nextCriterion(s, screen.j));
    return false;
  }
};
