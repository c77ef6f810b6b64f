import { useId } from 'react';
import type { QuestionDraft } from '../../hooks/useCampaignScript';
import { MAX_OPTIONS } from '../../hooks/useCampaignScript';
import { CrossIcon, PlusIcon } from '../admin/adminIcons';
import { TextField } from '../TextField';

interface QuestionCardProps {
  question: QuestionDraft;
  index: number;
  count: number;
  error: (part: 'label' | 'key' | 'options') => string | undefined;
  onChange: (change: Partial<QuestionDraft>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

const ArrowIcon = ({ up }: { up: boolean }) => (
  <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d={up ? 'M12 19V5M6 11l6-6 6 6' : 'M12 5v14M6 13l6 6 6-6'} />
  </svg>
);

/** One survey question: what to ask, the key its answers are kept under, and the answers to pick from. */
export function QuestionCard({
  question: q,
  index,
  count,
  error,
  onChange,
  onMove,
  onRemove,
}: QuestionCardProps) {
  const id = useId();
  const n = index + 1;
  const setOption = (i: number, text: string) =>
    onChange({ options: q.options.map((o, j) => (j === i ? text : o)) });
  return (
    <li className="question-card" data-question={q.uid}>
      <div className="question-card__head">
        <h3 className="question-card__title" id={`${id}-title`}>
          Question {n}
        </h3>
        <div className="question-card__tools">
          <button
            type="button"
            className="icon-button"
            data-move={`${q.uid}-up`}
            aria-label={`Move question ${n} up`}
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            <ArrowIcon up />
          </button>
          <button
            type="button"
            className="icon-button"
            data-move={`${q.uid}-down`}
            aria-label={`Move question ${n} down`}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            <ArrowIcon up={false} />
          </button>
          <button
            type="button"
            className="icon-button icon-button--danger"
            aria-label={`Remove question ${n}`}
            onClick={onRemove}
          >
            <CrossIcon />
          </button>
        </div>
      </div>
      <TextField
        label="What to ask"
        name={`questions.${index}.label`}
        data-field={`questions.${index}.label`}
        hint="As the caller will read it, e.g. Could you help knock doors this month?"
        autoComplete="off"
        value={q.label}
        error={error('label')}
        onChange={(e) => onChange({ label: e.target.value })}
      />
      <TextField
        label="Key"
        name={`questions.${index}.key`}
        data-field={`questions.${index}.key`}
        hint={
          q.keyFixed
            ? `Answers are kept under this, and exported as q_${q.key || 'key'}. Changing it after calls have been made starts a new column.`
            : `Made from the question; change it if you like. Exported as q_${q.key || 'key'}.`
        }
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        className="question-card__key"
        value={q.key}
        error={error('key')}
        onChange={(e) => onChange({ key: e.target.value })}
      />
      <fieldset className="question-type">
        <legend className="field__label">Answer</legend>
        <label className="question-type__option">
          <input
            type="radio"
            name={`${id}-type`}
            checked={q.type === 'choice'}
            onChange={() =>
              onChange({ type: 'choice', options: q.options.length ? q.options : ['Yes', 'No'] })
            }
          />
          <span>Choose from a list</span>
        </label>
        <label className="question-type__option">
          <input
            type="radio"
            name={`${id}-type`}
            checked={q.type === 'text'}
            onChange={() => onChange({ type: 'text' })}
          />
          <span>Written answer</span>
        </label>
      </fieldset>
      {q.type === 'choice' ? (
        <fieldset
          className={`question-options${error('options') ? ' field--invalid' : ''}`}
          aria-describedby={error('options') ? `${id}-options-error` : undefined}
        >
          <legend className="field__label">Answers to choose from</legend>
          <ol className="question-options__list">
            {q.options.map((option, i) => (
              <li className="question-options__item" key={i}>
                <label className="visually-hidden" htmlFor={`${id}-option-${i}`}>
                  Answer {i + 1} to question {n}
                </label>
                <input
                  id={`${id}-option-${i}`}
                  className="field__input question-options__input"
                  data-field={i === 0 ? `questions.${index}.options` : undefined}
                  value={option}
                  maxLength={100}
                  autoComplete="off"
                  onChange={(e) => setOption(i, e.target.value)}
                />
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove answer ${i + 1} (${option || 'empty'})`}
                  onClick={() => onChange({ options: q.options.filter((_, j) => j !== i) })}
                >
                  <CrossIcon />
                </button>
              </li>
            ))}
          </ol>
          {q.options.length < MAX_OPTIONS ? (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                onChange({ options: [...q.options, ''] });
                requestAnimationFrame(() =>
                  document.getElementById(`${id}-option-${q.options.length}`)?.focus(),
                );
              }}
            >
              <PlusIcon />
              Add an answer<span className="visually-hidden"> to question {n}</span>
            </button>
          ) : null}
          {error('options') ? (
            <p className="field__error" id={`${id}-options-error`}>
              {error('options')}
            </p>
          ) : null}
        </fieldset>
      ) : null}
    </li>
  );
}
