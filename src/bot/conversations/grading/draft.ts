// The grade an expert is putting together in the conversation: checks, points, tokens and comments,
// kept until the decision; it becomes a GradeDraft for the service and the summary card.
import { totals, whatToRedo, type Decision, type GradeDraft } from '../../../domain/grading.ts';
import type { CardData } from '../../../services/grade-card.ts';
import type { GradingView } from '../../../services/grading/index.ts';

export class GradeDraftState {
  readonly checks = new Map<number, { ok: boolean; comment: string }>();
  readonly scores = new Map<number, number>();
  readonly tokens = new Set<string>();
  comment = '';
  overrideReason: string | null = null;

  /** A fresh grade, or a correction's starting point (`view.initial`). */
  constructor(
    private readonly view: GradingView,
    private readonly locale: string,
  ) {
    if (view.initial) {
      for (const i of view.initial.items) this.checks.set(i.checklistItemId, { ok: i.ok, comment: i.comment });
      for (const c of view.initial.criteria) this.scores.set(c.criterionId, c.points);
      for (const t of view.initial.tokens) this.tokens.add(t);
      this.comment = view.initial.comment;
      this.overrideReason = view.initial.overrideReason;
    }
  }

  tokenName(code: string): string {
    const t = this.view.tokens.find((x) => x.code === code);
    return t ? (this.locale === 'en' ? t.nameEn : t.nameRu) : code;
  }

  /** Marks the given items as met, without a comment. */
  allOk(items = this.view.items): void {
    for (const i of items) this.checks.set(i.checklistItemId, { ok: true, comment: '' });
  }

  /** What the service saves; unchecked items count as not met, unscored criteria as 0. */
  draft(decision: Decision): GradeDraft {
    return {
      items: this.view.items.map((i) => ({ checklistItemId: i.checklistItemId, ok: this.checks.get(i.checklistItemId)?.ok ?? false, comment: this.checks.get(i.checklistItemId)?.comment ?? '' })),
      criteria: this.view.criteria.map((c) => ({ criterionId: c.id, points: this.scores.get(c.id) ?? 0 })),
      tokens: this.view.tokens.map((t) => t.code).filter((c) => this.tokens.has(c)),
      comment: this.comment,
      decision,
      overrideReason: decision === 'accepted' ? this.overrideReason : null,
    };
  }

  /** The summary screen's card: what is decided so far, unanswered parts left blank. */
  card(): CardData {
    const { view } = this;
    const d = this.draft('returned');
    return {
      gradeId: view.gradeId,
      projectTitle: view.projectTitle,
      stepPosition: view.stepPosition,
      stepTitle: view.stepTitle,
      attempt: view.attempt,
      items: view.items.map((i) => ({ position: i.position, title: i.title, ok: this.checks.get(i.checklistItemId)?.ok ?? null, comment: this.checks.get(i.checklistItemId)?.comment ?? '' })),
      criteria: view.criteria.map((c) => ({ ...c, points: this.scores.has(c.id) ? this.scores.get(c.id)! : null })),
      tokens: [...this.tokens].map((code) => this.tokenName(code)),
      comment: this.comment,
      decision: null,
      overrideReason: this.overrideReason,
      ...totals(view.criteria, d.criteria),
      redo: whatToRedo({ items: view.items.map((i) => ({ id: i.checklistItemId, position: i.position, title: i.title })) }, d.items),
    };
  }
}
