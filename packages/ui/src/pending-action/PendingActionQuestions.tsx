import { forwardRef, useId, useState } from 'react';
import type { FormEvent, FormHTMLAttributes } from 'react';
import type { PendingQuestion } from '@threadline/headless';
import { joinClassNames } from '../internal/joinClassNames';
import { usePendingActionContext } from './usePendingActionContext';

/** Props of {@link PendingActionQuestions}. */
export interface PendingActionQuestionsProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> {
  /** Text of the submit button (default "Send answer", or "Send answers" for several questions). */
  submitLabel?: string;
  /** Placeholder of each question's free-text field (default "Other…"). */
  otherPlaceholder?: string;
}

interface Draft {
  selected: string[];
  other: string;
}

const emptyDraft: Draft = { selected: [], other: '' };

// Several choices are joined; free text wins over a single choice and joins several.
function answerOf(question: PendingQuestion, draft: Draft): string {
  const other = draft.other.trim();
  if (question.multiple) return [...draft.selected, other].filter(Boolean).join(', ');
  return other || (draft.selected[0] ?? '');
}

/**
 * The form for a `question` action: one fieldset per question with its options as radio buttons
 * (checkboxes when several may be chosen) and a free-text field. Submitting sends
 * `{type: 'answer', answers: {[question]: answer}}`, enabled once every question has an answer.
 */
export const PendingActionQuestions = forwardRef<HTMLFormElement, PendingActionQuestionsProps>(function PendingActionQuestions(
  { submitLabel, otherPlaceholder = 'Other…', className, ...props },
  ref,
) {
  const { action, submit, state } = usePendingActionContext('PendingAction.Questions');
  const id = useId();
  const [drafts, setDrafts] = useState<Draft[]>(() => action.questions.map(() => emptyDraft));
  const draftOf = (index: number) => drafts[index] ?? emptyDraft;
  const update = (index: number, change: (draft: Draft) => Draft) =>
    setDrafts((current) => action.questions.map((_, at) => (at === index ? change(current[at] ?? emptyDraft) : (current[at] ?? emptyDraft))));

  const answers = action.questions.map((question, index) => answerOf(question, draftOf(index)));
  const complete = answers.every((answer) => answer !== '');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!complete || state === 'submitting') return;
    const entries = action.questions.map((question, index) => [question.question, answers[index] ?? ''] as const);
    void submit({ type: 'answer', answers: Object.fromEntries(entries) });
  };

  return (
    <form ref={ref} className={joinClassNames('tl-pending-questions', className)} data-state={state} {...props} onSubmit={onSubmit}>
      <p className="tl-pending-action-title">{action.questions.length > 1 ? 'The agent has questions' : 'The agent has a question'}</p>
      {action.questions.map((question, index) => {
        const draft = draftOf(index);
        const name = `${id}-question-${index}`;
        const freeform = question.options.length === 0;
        return (
          <fieldset key={index} className="tl-pending-question" disabled={state === 'submitting'}>
            <legend className="tl-pending-question-legend">
              {question.header ? <span className="tl-pending-question-header">{question.header}</span> : null}
              <span className="tl-pending-question-text">{question.question}</span>
            </legend>
            {question.options.map((option, optionIndex) => {
              const optionId = `${name}-option-${optionIndex}`;
              return (
                <div key={optionIndex} className="tl-pending-question-option">
                  <input
                    id={optionId}
                    type={question.multiple ? 'checkbox' : 'radio'}
                    name={name}
                    value={option.label}
                    checked={draft.selected.includes(option.label)}
                    aria-describedby={option.description ? `${optionId}-description` : undefined}
                    onChange={(event) => {
                      const checked = event.currentTarget.checked;
                      update(index, (current) =>
                        question.multiple
                          ? { ...current, selected: checked ? [...current.selected, option.label] : current.selected.filter((label) => label !== option.label) }
                          : { selected: [option.label], other: '' },
                      );
                    }}
                  />
                  <label htmlFor={optionId}>{option.label}</label>
                  {option.description ? (
                    <span id={`${optionId}-description`} className="tl-pending-question-description">
                      {option.description}
                    </span>
                  ) : null}
                </div>
              );
            })}
            <textarea
              className="tl-pending-question-other"
              rows={freeform ? 3 : 1}
              aria-label={freeform ? question.question : `Other answer to: ${question.question}`}
              placeholder={freeform ? 'Your answer…' : otherPlaceholder}
              value={draft.other}
              onChange={(event) => {
                const other = event.currentTarget.value;
                update(index, (current) => ({ selected: question.multiple || other.trim() === '' ? current.selected : [], other }));
              }}
            />
          </fieldset>
        );
      })}
      <div className="tl-pending-action-buttons">
        <button type="submit" className="tl-pending-action-submit" data-variant="primary" disabled={!complete || state === 'submitting'}>
          {submitLabel ?? (action.questions.length > 1 ? 'Send answers' : 'Send answer')}
        </button>
      </div>
    </form>
  );
});
