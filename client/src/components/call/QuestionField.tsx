import { useId } from 'react';
import type { ScriptQuestion } from '../../../../protocol';

interface QuestionFieldProps {
  question: ScriptQuestion;
  value: string;
  /** Locks the choice buttons; typed answers stay editable, since nothing is sent until Save. */
  disabled: boolean;
  onChange: (value: string) => void;
}

/** One survey question inline in the script: a row of choice buttons, or a short text answer. */
export function QuestionField({ question, value, disabled, onChange }: QuestionFieldProps) {
  const id = useId();
  if (question.type === 'choice' && question.options?.length) {
    return (
      <div className="question" role="group" aria-labelledby={id}>
        <p className="question__label" id={id}>
          {question.label}
        </p>
        <div className="question__choices">
          {question.options.map((option) => (
            <button
              key={option}
              type="button"
              className="choice"
              aria-pressed={value === option}
              disabled={disabled}
              // Pressing the chosen answer again clears it: a mis-tap is undone where it happened.
              onClick={() => onChange(value === option ? '' : option)}
            >
              {option}
            </button>
          ))}
        </div>
      </div>
    );
  }
  return (
    <div className="question">
      <label className="question__label" htmlFor={id}>
        {question.label}
      </label>
      <input
        id={id}
        className="field__input"
        type="text"
        maxLength={1000}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
