import { useState } from 'react';
import type { FormEvent } from 'react';
import { createInviteBody } from '../../../../protocol';
import { useFormFields } from '../../hooks/useFormFields';
import { useCreateInvite } from '../../hooks/useTeam';
import { Button } from '../Button';
import { EmailField } from '../EmailField';
import { FormAlert } from '../FormAlert';
import { ROLE_NAMES } from '../names';
import { InviteLink } from './InviteLink';
import { ROLE_WHAT } from './teamText';
import type { StaffRole } from './teamText';

const FIELDS = { email: { label: 'Their email address', empty: 'Enter the email address to invite' } };
const ROLES: StaffRole[] = ['coordinator', 'organiser'];

/** Invite a coordinator or organiser: their email and role in, a one-time link out. */
export function InviteForm() {
  const create = useCreateInvite();
  const [role, setRole] = useState<StaffRole>('coordinator');
  const { form, values, change, check, errorFor, formMessage } = useFormFields(FIELDS, create.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const body = check(createInviteBody, { role });
    if (body) create.mutate(body);
  }

  function again() {
    create.reset();
    change('email', '');
    setRole('coordinator');
  }

  return (
    <section className="card tool" aria-labelledby="invite-title">
      <h2 className="tool__title" id="invite-title">
        Invite someone
      </h2>
      {create.data ? (
        <InviteLink created={create.data} onDone={again} />
      ) : (
        <>
          <p className="tool__lead">
            They get a link to choose their own password. Callers don&rsquo;t need this: they join through a
            campaign&rsquo;s join link.
          </p>
          <form className="form invite-form" ref={form} onSubmit={submit} noValidate>
            <EmailField
              label={FIELDS.email.label}
              autoComplete="off"
              required
              value={values.email}
              error={errorFor('email')}
              onChange={(e) => change('email', e.target.value)}
            />
            <fieldset className="roles">
              <legend className="roles__legend">Role</legend>
              {ROLES.map((r) => (
                <label className="role-choice" key={r}>
                  <input
                    className="role-choice__input"
                    type="radio"
                    name="role"
                    value={r}
                    checked={role === r}
                    onChange={() => setRole(r)}
                  />
                  <span className="role-choice__text">
                    <span className="role-choice__name">{ROLE_NAMES[r]}</span>
                    <span className="role-choice__what">{ROLE_WHAT[r]}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <FormAlert message={formMessage} />
            <Button type="submit" busy={create.isPending} busyLabel="Making the link…">
              Make an invite link
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
