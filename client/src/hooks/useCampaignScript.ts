import { useRef, useState } from 'react';
import type { Campaign, Script, ScriptQuestion } from '../../../protocol';
import { DEFAULT_REMINDER } from '../../../protocol/mergeFields';
import { KEY_PATTERN, keyFromLabel, uniqueKey } from '../components/campaign/questionKey';
import { fieldProblem, withLabel } from '../components/campaign/serverError';

/** A survey question as the builder edits it. */
export interface QuestionDraft {
  /** Stable while the question moves about the list; never sent. */
  uid: string;
  key: string;
  label: string;
  type: ScriptQuestion['type'];
  options: string[];
  /** Typed by hand, or saved already: the label no longer changes it (answers are kept by key). */
  keyFixed: boolean;
}

export interface ScriptValues {
  body: string;
  ownReminder: boolean;
  reminderBody: string;
  questions: QuestionDraft[];
}

type Errors = Partial<Record<string, string>>;
export const MAX_QUESTIONS = 30;
export const MAX_OPTIONS = 12;

let next = 0;
const uid = () => `q${++next}`;

function valuesOf(script: Script): ScriptValues {
  return {
    body: script.body,
    ownReminder: script.reminderBody !== null && script.reminderBody !== undefined,
    reminderBody: script.reminderBody ?? DEFAULT_REMINDER,
    questions: script.questions.map((q) => ({
      uid: uid(),
      key: q.key,
      label: q.label,
      type: q.type,
      options: q.options ?? [],
      keyFixed: true,
    })),
  };
}

/** The script as the request names it. */
function scriptOf(v: ScriptValues): Script {
  return {
    body: v.body,
    questions: v.questions.map((q) => {
      const base = { key: q.key.trim(), label: q.label.trim(), type: q.type };
      return q.type === 'choice'
        ? { ...base, options: q.options.map((o) => o.trim()).filter(Boolean) }
        : base;
    }),
    reminderBody: v.ownReminder ? v.reminderBody : null,
  };
}

/** The saved script in the same shape, so "unsaved changes" means a real difference. */
const savedScript = (s: Script): Script => scriptOf(valuesOf(s));

function problems(v: ScriptValues): Errors {
  const e: Errors = {};
  if (v.body.length > 20_000) e.body = 'The script is too long: keep it under 20,000 characters';
  if (v.ownReminder && !v.reminderBody.trim()) e.reminderBody = 'Write the reminder, or use the standard one';
  const keys = v.questions.map((q) => q.key.trim());
  v.questions.forEach((q, i) => {
    const n = i + 1;
    if (!q.label.trim()) e[`questions.${i}.label`] = `Write question ${n}`;
    if (!keys[i])
      e[`questions.${i}.key`] = `Give question ${n} a key, such as ${keyFromLabel(q.label) || 'can_canvass'}`;
    else if (!KEY_PATTERN.test(keys[i]!)) {
      e[`questions.${i}.key`] = 'Use lower-case letters, digits and _ only, starting with a letter';
    } else if (keys.indexOf(keys[i]!) !== i)
      e[`questions.${i}.key`] = `Another question already uses ${keys[i]}`;
    if (q.type === 'choice' && !q.options.some((o) => o.trim())) {
      e[`questions.${i}.options`] = 'Give at least one answer to choose from';
    }
  });
  return e;
}

const LABELS: Record<string, string> = {
  body: 'Script',
  reminderBody: 'Reminder',
  key: 'Key',
  label: 'Question',
  type: 'Type',
  options: 'Answers',
};

/** The key a server message belongs under: script.questions.2.options.1 → questions.2.options. */
function errorKey(path: string): string {
  const parts = path.split('.');
  if (parts[0] === 'script') parts.shift();
  return parts[0] === 'questions' ? parts.slice(0, 3).join('.') : (parts[0] ?? '');
}

/** The script editor's state: the body, the reminder, the survey questions, and what is unsaved. */
export function useCampaignScript(campaign: Campaign, serverError: unknown) {
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(() => valuesOf(campaign.script));
  const [errors, setErrors] = useState<Errors>({});
  const [serverShown, setServerShown] = useState<unknown>(null);
  const problem = serverError && serverError !== serverShown ? fieldProblem(serverError) : null;
  const shown: Errors = { ...errors };
  if (problem) {
    const key = errorKey(problem.path);
    shown[key] ??= withLabel(LABELS[key.split('.').pop() ?? ''] ?? 'Script', problem.message);
  }

  const update = (change: (v: ScriptValues) => ScriptValues) => {
    setValues(change);
    setErrors({});
    setServerShown(serverError);
  };

  const setQuestion = (uidOf: string, change: Partial<QuestionDraft>) =>
    update((v) => ({
      ...v,
      questions: v.questions.map((q) => {
        if (q.uid !== uidOf) return q;
        const changed = { ...q, ...change };
        // Until a key is typed by hand it follows the label, kept apart from the others' keys.
        if (change.label !== undefined && !q.keyFixed) {
          const taken = v.questions.filter((o) => o.uid !== uidOf).map((o) => o.key);
          changed.key = uniqueKey(keyFromLabel(change.label), taken);
        }
        if (change.key !== undefined) changed.keyFixed = true;
        return changed;
      }),
    }));

  const addQuestion = () => {
    const id = uid();
    update((v) => ({
      ...v,
      questions: [
        ...v.questions,
        { uid: id, key: '', label: '', type: 'choice', options: ['Yes', 'No'], keyFixed: false },
      ],
    }));
    return id;
  };

  const removeQuestion = (uidOf: string) =>
    update((v) => ({ ...v, questions: v.questions.filter((q) => q.uid !== uidOf) }));

  const moveQuestion = (uidOf: string, by: -1 | 1) =>
    update((v) => {
      const i = v.questions.findIndex((q) => q.uid === uidOf);
      const j = i + by;
      if (i < 0 || j < 0 || j >= v.questions.length) return v;
      const questions = [...v.questions];
      [questions[i], questions[j]] = [questions[j]!, questions[i]!];
      return { ...v, questions };
    });

  const dirty = JSON.stringify(scriptOf(values)) !== JSON.stringify(savedScript(campaign.script));

  /** The script to save, or null after showing (and focusing) what is wrong. */
  function script(): Script | null {
    const found = problems(values);
    setErrors(found);
    setServerShown(null);
    const first = Object.keys(found)[0];
    if (first) {
      form.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return null;
    }
    return scriptOf(values);
  }

  /** After a save: start again from the script as the server kept it. */
  const reset = (saved: Campaign) =>
    setValues((v) => {
      const fresh = valuesOf(saved.script);
      // The same questions keep their place in React, so focus and scroll stay where they were.
      fresh.questions.forEach((q, i) => (q.uid = v.questions[i]?.uid ?? q.uid));
      return fresh;
    });

  const formMessage = serverError instanceof Error && !fieldProblem(serverError) ? serverError.message : null;

  return {
    form,
    values,
    update,
    setQuestion,
    addQuestion,
    removeQuestion,
    moveQuestion,
    error: (field: string) => shown[field],
    script,
    reset,
    dirty,
    formMessage,
  };
}
