import type { RetryOutcome } from './campaignText';
import { RETRY_CHOICES, RETRY_OUTCOMES, waitText } from './campaignText';
import { SelectField } from './SelectField';

interface RetryFieldsProps {
  retry: Record<RetryOutcome, string>;
  error?: string;
  onChange: (retry: Record<RetryOutcome, string>) => void;
}

/** How long to wait before ringing again after no answer, busy or voicemail, or never to. */
export function RetryFields({ retry, error, onChange }: RetryFieldsProps) {
  return (
    <div className="retry" data-field="retryRules">
      <div className="retry__list">
        {RETRY_OUTCOMES.map(({ key, name }) => {
          const value = retry[key];
          const custom = value !== 'never' && !RETRY_CHOICES.includes(Number(value));
          return (
            <SelectField
              key={key}
              label={name}
              name={`retry.${key}`}
              value={value}
              onChange={(e) => onChange({ ...retry, [key]: e.target.value })}
            >
              {RETRY_CHOICES.map((hours) => (
                <option key={hours} value={String(hours)}>
                  After {waitText(hours)}
                </option>
              ))}
              {custom ? <option value={value}>After {waitText(Number(value))}</option> : null}
              <option value="never">Never</option>
            </SelectField>
          );
        })}
      </div>
      {error ? <p className="field__error">{error}</p> : null}
    </div>
  );
}
