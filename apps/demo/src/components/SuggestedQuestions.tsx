import { demoQuestions } from './demoQuestions';

/** Props of {@link SuggestedQuestions}. */
export interface SuggestedQuestionsProps {
  onPick: (question: string) => void;
  disabled?: boolean;
}

/** A row of one-click questions, one per simulator scenario. */
export function SuggestedQuestions({ onPick, disabled }: SuggestedQuestionsProps) {
  return (
    <ul className="demo-suggestions" aria-label="Suggested questions">
      {demoQuestions.map(({ label, question }) => (
        <li key={question}>
          <button type="button" className="demo-suggestion" title={label} disabled={disabled} onClick={() => onPick(question)}>
            {question}
          </button>
        </li>
      ))}
    </ul>
  );
}
