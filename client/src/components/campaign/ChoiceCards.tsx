import { useId } from 'react';

interface ChoiceCardsProps<V extends string> {
  legend: string;
  name: string;
  value: V;
  options: ReadonlyArray<{ value: V; name: string; meaning: string }>;
  error?: string;
  onChange: (value: V) => void;
}

/** A radio group whose options each carry a line on what choosing them means. */
export function ChoiceCards<V extends string>({
  legend,
  name,
  value,
  options,
  error,
  onChange,
}: ChoiceCardsProps<V>) {
  const id = useId();
  return (
    <fieldset
      className={`choice-cards${error ? ' field--invalid' : ''}`}
      data-field={name}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="field__label choice-cards__legend">{legend}</legend>
      <div className="choice-cards__list">
        {options.map((o) => (
          <label className="choice-card" key={o.value}>
            <input
              className="choice-card__radio"
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              aria-describedby={`${id}-${o.value}`}
              onChange={() => onChange(o.value)}
            />
            <span className="choice-card__text">
              <span className="choice-card__name">{o.name}</span>
              <span className="choice-card__meaning" id={`${id}-${o.value}`}>
                {o.meaning}
              </span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
