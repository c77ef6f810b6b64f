import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { CanvassSession } from '../../../../protocol';
import { AdminHeader } from '../../components/admin/AdminHeader';
import { QueryStatus } from '../../components/admin/LoadProblem';
import { SessionPreview } from '../../components/admin/SessionPreview';
import { TextAreaField } from '../../components/admin/TextAreaField';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { SESSION_LABELS, useSessionForm } from '../../hooks/useSessionForm';
import type { SessionField } from '../../hooks/useSessionForm';
import { useSaveSession, useSession } from '../../hooks/useSessions';
import type { SessionsNotice } from './SessionsPage';
import '../../styles/admin-form.css';

function SessionForm({ session }: { session?: CanvassSession }) {
  const navigate = useNavigate();
  const save = useSaveSession(session?.id ?? null);
  const { form, values, change, body, error, formMessage } = useSessionForm(session, save.error);

  /** The props every input shares: its name, label, value, message and change handler. */
  const bind = (field: SessionField) => ({
    name: field,
    label: SESSION_LABELS[field],
    value: values[field],
    error: error(field),
    onChange: (e: { target: { value: string } }) => change(field, e.target.value),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const request = body();
    if (!request) return;
    save.mutate(request, {
      onSuccess: (saved) => {
        if (session) void navigate(`/admin/sessions/${saved.id}`, { state: { saved: true } });
        else {
          const notice: SessionsNotice = { added: { id: saved.id, title: saved.title } };
          void navigate('/admin/sessions', { state: notice });
        }
      },
    });
  }

  return (
    <div className="form-layout">
      <form className="session-form" ref={form} onSubmit={submit} noValidate>
        <fieldset className="card form-card">
          <legend className="form-card__legend">What and when</legend>
          <TextField
            {...bind('title')}
            hint="What callers will call it, e.g. Saturday doors in Easton"
            autoComplete="off"
            required
          />
          <div className="field-row field-row--three">
            <TextField {...bind('date')} type="date" required />
            <TextField {...bind('start')} type="time" required />
            <TextField {...bind('end')} type="time" />
          </div>
          <p className="form-card__note">Times are UK time. The end time is optional.</p>
        </fieldset>

        <fieldset className="card form-card">
          <legend className="form-card__legend">Where</legend>
          <TextField
            {...bind('venue')}
            hint="Where people should find you, e.g. outside Easton Community Centre"
            autoComplete="off"
          />
          <TextField {...bind('address')} hint="Optional" autoComplete="off" />
          <TextField
            {...bind('postcode')}
            hint="Places the session on the map, so callers offer it to people who live nearby, and finds its seat"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            className="field--short"
          />
        </fieldset>

        <fieldset className="card form-card">
          <legend className="form-card__legend">Who is running it</legend>
          <div className="field-row">
            <TextField
              {...bind('hostingParty')}
              hint="Optional, e.g. Bristol East Labour"
              autoComplete="off"
            />
            <TextField {...bind('hostName')} hint="Who people will meet on the day" autoComplete="off" />
          </div>
          <TextField
            {...bind('capacity')}
            hint="How many people can come. Leave it empty for no limit."
            inputMode="numeric"
            autoComplete="off"
            className="field--short"
          />
        </fieldset>

        <fieldset className="card form-card">
          <legend className="form-card__legend">For people who book</legend>
          <TextField
            {...bind('whatsappUrl')}
            type="url"
            hint="Optional: the group’s invite link, starting https://chat.whatsapp.com/. Sent with the booking details."
            autoComplete="off"
            spellCheck={false}
          />
          <TextAreaField
            {...bind('notes')}
            hint="Anything people should know: what to bring, access, where to park"
          />
        </fieldset>

        <FormAlert message={formMessage} />
        <div className="form-actions">
          <Button type="submit" busy={save.isPending} busyLabel="Saving…">
            {session ? 'Save changes' : 'Add session'}
          </Button>
          <Link
            className="button button--secondary"
            to={session ? `/admin/sessions/${session.id}` : '/admin/sessions'}
          >
            Cancel
          </Link>
        </div>
      </form>
      <SessionPreview values={values} />
    </div>
  );
}

/** Adding a session (/admin/sessions/new) or editing one (/admin/sessions/:id/edit). */
export function SessionFormPage() {
  const { id } = useParams();
  const editing = id !== undefined;
  const session = useSession(editing ? Number(id) : 0);
  useDocumentTitle(editing ? 'Edit session' : 'Add a canvass session');

  if (!editing) {
    return (
      <>
        <AdminHeader
          eyebrow="Canvass sessions"
          title="Add a session"
          back={{ to: '/admin/sessions', label: 'All sessions' }}
        >
          <p>Callers will offer it to signups who live nearby as soon as you add it.</p>
        </AdminHeader>
        <SessionForm />
      </>
    );
  }
  return (
    <>
      <AdminHeader
        eyebrow="Edit session"
        title={session.data?.title ?? 'Edit session'}
        back={{ to: `/admin/sessions/${id}`, label: 'Back to the session' }}
      />
      <QueryStatus query={session} loading="Loading the session…" />
      {session.data?.cancelledAt ? (
        <FormAlert tone="info" message="This session is cancelled. Saving changes will not bring it back." />
      ) : null}
      {session.data ? <SessionForm session={session.data} /> : null}
    </>
  );
}
