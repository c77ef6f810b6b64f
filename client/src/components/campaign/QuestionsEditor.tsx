import { useState } from 'react';
import type { useCampaignScript } from '../../hooks/useCampaignScript';
import { MAX_QUESTIONS } from '../../hooks/useCampaignScript';
import { PlusIcon } from '../admin/adminIcons';
import { Button } from '../Button';
import { QuestionCard } from './QuestionCard';

type ScriptForm = ReturnType<typeof useCampaignScript>;

/** After React has moved or added things: the keyboard goes to what the person is working on. */
const focusSoon = (selector: string) =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

/** The survey: questions asked during the call, added, reordered and removed here. */
export function QuestionsEditor({ script: s }: { script: ScriptForm }) {
  const { questions } = s.values;
  const [said, setSaid] = useState('');

  const add = () => {
    const uid = s.addQuestion();
    setSaid(`Question ${questions.length + 1} added.`);
    focusSoon(`[data-question="${uid}"] input`);
  };

  return (
    <section className="card form-card" aria-labelledby="questions-title">
      <h2 className="form-card__legend" id="questions-title">
        Survey questions
      </h2>
      <p className="form-card__note">
        Asked under the script while talking, so answers go in as they are given. Each answer is saved with
        the call and exported in its own column.
      </p>
      {questions.length ? (
        <ol className="question-list">
          {questions.map((q, i) => (
            <QuestionCard
              key={q.uid}
              question={q}
              index={i}
              count={questions.length}
              error={(part) => s.error(`questions.${i}.${part}`)}
              onChange={(change) => s.setQuestion(q.uid, change)}
              onMove={(by) => {
                s.moveQuestion(q.uid, by);
                setSaid(`Question ${i + 1} moved ${by < 0 ? 'up' : 'down'} to ${i + 1 + by}.`);
                const to = i + by;
                const edge = to === 0 || to === questions.length - 1;
                // At the top or bottom its own button is disabled: the other one keeps the keyboard.
                const which = by < 0 ? (edge && to === 0 ? 'down' : 'up') : edge ? 'up' : 'down';
                focusSoon(`[data-move="${q.uid}-${which}"]`);
              }}
              onRemove={() => {
                s.removeQuestion(q.uid);
                setSaid(`Question ${i + 1} removed.`);
                focusSoon('.question-add');
              }}
            />
          ))}
        </ol>
      ) : (
        <p className="question-list__none">No questions yet. Callers will just read the script.</p>
      )}
      <p className="visually-hidden" role="status">
        {said}
      </p>
      {questions.length < MAX_QUESTIONS ? (
        <div>
          <Button variant="secondary" className="question-add" onClick={add}>
            <PlusIcon />
            Add a question
          </Button>
        </div>
      ) : null}
    </section>
  );
}
