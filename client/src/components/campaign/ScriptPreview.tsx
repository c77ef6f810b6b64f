import { useMemo, useState } from 'react';
import type { ScriptQuestion } from '../../../../protocol';
import { QuestionField } from '../call/QuestionField';
import { ScriptText } from '../call/ScriptText';
import { TextField } from '../TextField';
import type { SampleContact } from './mergeFields';
import { fillMergeFields, unknownFields } from '../../../../protocol/mergeFields';
import { asMergeContact, sampleSession } from './mergeFields';

interface ScriptPreviewProps {
  body: string;
  reminderBody: string;
  questions: ScriptQuestion[];
  sample: SampleContact;
  callerName: string;
  timeZone: string;
  onSample: (sample: SampleContact) => void;
}

/** The script as a caller will see it for a sample contact, who can be edited to try other cases. */
export function ScriptPreview({
  body,
  reminderBody,
  questions,
  sample,
  callerName,
  timeZone,
  onSample,
}: ScriptPreviewProps) {
  const [call, setCall] = useState<'first' | 'reminder'>('first');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const session = useMemo(() => sampleSession(), []);
  const shown = call === 'first' ? body : reminderBody;
  const filled = fillMergeFields(shown, asMergeContact(sample), callerName, session, timeZone);
  const unknown = unknownFields(shown);
  const set = (part: keyof SampleContact) => (e: { target: { value: string } }) =>
    onSample({ ...sample, [part]: e.target.value });

  return (
    <section className="card script-preview" aria-labelledby="preview-title">
      <h2 className="script-preview__title" id="preview-title">
        What callers see
      </h2>

      <fieldset className="preview-switch">
        <legend className="visually-hidden">Which call to preview</legend>
        <label className="preview-switch__option">
          <input
            type="radio"
            name="preview-call"
            checked={call === 'first'}
            onChange={() => setCall('first')}
          />
          <span>First call</span>
        </label>
        <label className="preview-switch__option">
          <input
            type="radio"
            name="preview-call"
            checked={call === 'reminder'}
            onChange={() => setCall('reminder')}
          />
          <span>Reminder call</span>
        </label>
      </fieldset>

      <div className="script-preview__screen">
        <p className="script-preview__contact">
          <span className="script-preview__name">
            {[sample.firstName, sample.lastName].filter(Boolean).join(' ') || 'Sample contact'}
          </span>
          {sample.postcode ? <span className="script-preview__postcode">{sample.postcode}</span> : null}
        </p>
        <p className="script-preview__say">What to say</p>
        <ScriptText body={filled} />
        {call === 'first' && questions.length ? (
          <div className="script__questions">
            <p className="script__ask">Ask them</p>
            {questions.map((q, i) => (
              <QuestionField
                key={`${i}-${q.key}`}
                question={q}
                value={answers[q.key] ?? ''}
                disabled={false}
                onChange={(value) => setAnswers((a) => ({ ...a, [q.key]: value }))}
              />
            ))}
          </div>
        ) : null}
        {call === 'reminder' ? (
          <p className="script-preview__note">
            A reminder call asks whether they are still coming, not the survey.
          </p>
        ) : null}
      </div>
      {unknown.length ? (
        <p className="script-preview__warning" role="status">
          {unknown.map((f) => `{{${f}}}`).join(', ')}{' '}
          {unknown.length === 1 ? 'is not a merge field' : 'are not merge fields'}, so callers will see
          nothing there. Use the buttons to insert one.
        </p>
      ) : null}
      <p className="script-preview__note">
        The session is an example: callers see the session nearest the person they are calling
        {call === 'reminder' ? ', or the one they booked' : ''}.
      </p>
      <fieldset className="sample">
        <legend className="sample__legend">Sample contact</legend>
        <div className="sample__fields">
          <TextField
            label="First name"
            value={sample.firstName}
            autoComplete="off"
            onChange={set('firstName')}
          />
          <TextField
            label="Last name"
            value={sample.lastName}
            autoComplete="off"
            onChange={set('lastName')}
          />
          <TextField label="Postcode" value={sample.postcode} autoComplete="off" onChange={set('postcode')} />
          <TextField
            label="Custom column"
            hint="A column from your spreadsheet"
            value={sample.customColumn}
            autoComplete="off"
            spellCheck={false}
            onChange={set('customColumn')}
          />
          <TextField
            label={`Their ${sample.customColumn.trim() || 'custom value'}`}
            value={sample.customValue}
            autoComplete="off"
            onChange={set('customValue')}
          />
        </div>
      </fieldset>
    </section>
  );
}
