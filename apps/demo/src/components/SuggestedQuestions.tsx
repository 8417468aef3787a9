import type { DemoQuestion } from './demoDialects';

/** Props of {@link SuggestedQuestions}. */
export interface SuggestedQuestionsProps {
  questions: readonly DemoQuestion[];
  onPick: (question: string) => void;
  disabled?: boolean;
}

/** A row of one-click prompts, one per simulator scenario (the label, and the scenario, show on hover). */
export function SuggestedQuestions({ questions, onPick, disabled }: SuggestedQuestionsProps) {
  return (
    <ul className="demo-suggestions" aria-label="Suggested questions">
      {questions.map(({ label, question, scenario }) => (
        <li key={question}>
          <button type="button" className="demo-suggestion" title={`${label} (scenario “${scenario}”)`} disabled={disabled} onClick={() => onPick(question)}>
            {question}
          </button>
        </li>
      ))}
    </ul>
  );
}
