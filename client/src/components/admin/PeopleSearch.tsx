import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ContactSearchResult } from '../../api/privacy';
import { Button } from '../Button';
import { TextField } from '../TextField';
import { SearchIcon } from './adminIcons';

/** The search box: a phone in any usual format, an email address, or part of a name. */
export function PeopleSearchForm({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const [q, setQ] = useState(initial);
  const [problem, setProblem] = useState<string>();
  function submit(event: FormEvent) {
    event.preventDefault();
    if (q.trim().length < 2) {
      setProblem('Type at least two characters of a phone, email or name');
      return;
    }
    setProblem(undefined);
    onSearch(q.trim());
  }
  return (
    <form className="card privacy-search" role="search" onSubmit={submit} noValidate>
      <TextField
        label="Phone, email or name"
        hint="A phone can be typed any usual way, such as 07700 900123 or +44 7700 900123."
        type="search"
        value={q}
        error={problem}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setQ(e.target.value)}
      />
      <Button type="submit" className="privacy-search__go">
        <SearchIcon />
        Find
      </Button>
    </form>
  );
}

const HOW = { phone: 'phone number', email: 'email address', name: 'name' } as const;

/** Who matched, each a button that opens their record. */
export function PeopleResults({
  result,
  selected,
  onOpen,
}: {
  result: ContactSearchResult;
  selected: number | null;
  onOpen: (id: number) => void;
}) {
  const n = result.contacts.length;
  return (
    <section className="card privacy-results" aria-labelledby="results-title">
      <h2 className="privacy-results__title" id="results-title" aria-live="polite">
        {n === 0
          ? `Nobody found by that ${HOW[result.matchedBy]}`
          : `${n === 20 ? 'The 20 newest' : n} ${n === 1 ? 'person' : 'people'} found by ${HOW[result.matchedBy]}`}
      </h2>
      {n ? (
        <ul className="privacy-results__list">
          {result.contacts.map((c) => {
            const name = `${c.firstName} ${c.lastName ?? ''}`.trim();
            return (
              <li key={c.id}>
                <button
                  type="button"
                  className="privacy-result"
                  aria-current={selected === c.id ? 'true' : undefined}
                  onClick={() => onOpen(c.id)}
                >
                  <span className="privacy-result__name">{name}</span>
                  <span className="privacy-result__detail">
                    {[c.phone, c.email, c.postcode].filter(Boolean).join(' · ')}
                  </span>
                  {c.optedOut ? (
                    <span className="tag tag--danger privacy-result__tag">Never call</span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="privacy-results__none">
          Check the spelling, or search by their phone number: it is the surest match.
        </p>
      )}
    </section>
  );
}
