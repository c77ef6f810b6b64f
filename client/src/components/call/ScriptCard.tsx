import type { Assignment } from '../../../../protocol';
import { QuestionField } from './QuestionField';
import { ScriptText } from './ScriptText';

interface ScriptCardProps {
  script: Assignment['script'];
  answers: Record<string, string>;
  disabled: boolean;
  onAnswer: (key: string, value: string) => void;
  /** Practice only: a line on what this part of the screen is for. */
  coach?: string;
}

/** What to say, with the campaign's questions right under it so answers go in while talking. */
export function ScriptCard({ script, answers, disabled, onAnswer, coach }: ScriptCardProps) {
  return (
    <section className="card callcard script" aria-labelledby="script-title">
      <h2 className="callcard__title" id="script-title">
        What to say
      </h2>
      {coach ? <p className="coach">{coach}</p> : null}
      <ScriptText body={script.body} />
      {script.questions.length ? (
        <div className="script__questions">
          <h3 className="script__ask">Ask them</h3>
          {script.questions.map((q) => (
            <QuestionField
              key={q.key}
              question={q}
              value={answers[q.key] ?? ''}
              disabled={disabled}
              onChange={(value) => onAnswer(q.key, value)}
            />
          ))}
        </div>
      ) : null}
    </section>
  );
}
