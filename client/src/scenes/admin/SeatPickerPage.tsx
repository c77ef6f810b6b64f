import { useDeferredValue, useId, useState } from 'react';
import { useParams } from 'react-router-dom';
import type { Campaign } from '../../../../protocol';
import type { Seat } from '../../api/seats';
import { AdminHeader } from '../../components/admin/AdminHeader';
import { CrossIcon } from '../../components/admin/adminIcons';
import { LoadProblem, Loading } from '../../components/admin/LoadProblem';
import { partyName } from '../../components/admin/parties';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useSaveTargetSeats, useSeats, useStaffCampaign } from '../../hooks/useTargetSeats';
import '../../styles/admin-seats.css';

const PAGE = 40;
type Order = 'name' | 'majority';

const votes = (n: number) => n.toLocaleString('en-GB');

function SeatRow({ seat, chosen, onToggle }: { seat: Seat; chosen: boolean; onToggle: () => void }) {
  const id = useId();
  return (
    <li>
      <label className={`seat-row${chosen ? ' seat-row--chosen' : ''}`}>
        <input
          className="seat-row__check"
          type="checkbox"
          checked={chosen}
          onChange={onToggle}
          aria-labelledby={`${id}-name`}
          aria-describedby={`${id}-result`}
        />
        <span className="seat-row__text">
          <span className="seat-row__name" id={`${id}-name`}>
            {seat.name}
          </span>
          <span className="seat-row__result" id={`${id}-result`}>
            <span className={`party-dot party-dot--${seat.firstParty.toLowerCase()}`} aria-hidden="true" />
            {partyName(seat.firstParty)} ahead of {partyName(seat.secondParty)} by {votes(seat.majority)}{' '}
            votes ({seat.majorityPct.toFixed(1)}%) · {seat.region}
          </span>
        </span>
      </label>
    </li>
  );
}

function Picker({ campaign, seats }: { campaign: Campaign; seats: Seat[] }) {
  const [chosen, setChosen] = useState<string[]>(campaign.targetSeats);
  const [search, setSearch] = useState('');
  const [order, setOrder] = useState<Order>('majority');
  const [shown, setShown] = useState(PAGE);
  const save = useSaveTargetSeats(campaign.id);
  const byCode = new Map(seats.map((s) => [s.code, s]));
  const query = useDeferredValue(search.trim().toLowerCase());
  const saved = save.data?.targetSeats ?? campaign.targetSeats;
  const unsaved = chosen.length !== saved.length || chosen.some((c) => !saved.includes(c));

  const matches = seats
    .filter((s) => !query || s.name.toLowerCase().includes(query) || s.region.toLowerCase().includes(query))
    .sort((a, b) => (order === 'majority' ? a.majority - b.majority : a.name.localeCompare(b.name)));

  function toggle(code: string) {
    save.reset();
    setChosen((c) => (c.includes(code) ? c.filter((x) => x !== code) : [...c, code]));
  }

  return (
    <div className="picker">
      <section className="card picker__chosen" aria-labelledby="chosen-title">
        <h2 className="picker__heading" id="chosen-title">
          Target seats <span className="picker__count">({chosen.length})</span>
        </h2>
        {chosen.length ? (
          <ul className="chips">
            {chosen.map((code) => (
              <li className="chip" key={code}>
                <span>{byCode.get(code)?.name ?? code}</span>
                <button
                  type="button"
                  className="chip__remove"
                  aria-label={`Remove ${byCode.get(code)?.name ?? code}`}
                  onClick={() => toggle(code)}
                >
                  <CrossIcon />
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="picker__none">None yet. Tick the seats you are fighting in the list below.</p>
        )}
        <FormAlert message={save.error?.message} />
        <div className="picker__save">
          <Button
            busy={save.isPending}
            busyLabel="Saving…"
            disabled={!unsaved && !save.isPending}
            onClick={() => save.mutate(chosen)}
          >
            Save target seats
          </Button>
          <p className="picker__status" role="status">
            {save.isSuccess && !unsaved ? 'Saved. Callers are offered sessions in these seats first.' : null}
            {unsaved ? 'You have changes that are not saved yet.' : null}
          </p>
        </div>
      </section>

      <section className="card picker__browse" aria-labelledby="browse-title">
        <h2 className="picker__heading" id="browse-title">
          All 650 seats
        </h2>
        <div className="picker__controls">
          <TextField
            label="Find a seat"
            hint="Part of its name or region, e.g. Bristol or Wales"
            type="search"
            autoComplete="off"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setShown(PAGE);
            }}
          />
          <fieldset className="segmented">
            <legend className="field__label">Order</legend>
            <label className="segmented__option">
              <input
                type="radio"
                name="order"
                checked={order === 'majority'}
                onChange={() => setOrder('majority')}
              />
              <span>Smallest majority first</span>
            </label>
            <label className="segmented__option">
              <input type="radio" name="order" checked={order === 'name'} onChange={() => setOrder('name')} />
              <span>A to Z</span>
            </label>
          </fieldset>
        </div>
        <p className="picker__matches" role="status">
          {query
            ? `${matches.length} ${matches.length === 1 ? 'seat matches' : 'seats match'} “${search.trim()}”`
            : '2024 general election results. The smallest majorities are usually the best targets.'}
        </p>
        <ul className="seat-list">
          {matches.slice(0, shown).map((seat) => (
            <SeatRow
              key={seat.code}
              seat={seat}
              chosen={chosen.includes(seat.code)}
              onToggle={() => toggle(seat.code)}
            />
          ))}
        </ul>
        {matches.length > shown ? (
          <Button variant="secondary" block onClick={() => setShown((n) => n + PAGE)}>
            Show more seats ({matches.length - shown} more)
          </Button>
        ) : null}
      </section>
    </div>
  );
}

/** Target seats for one campaign (/admin/campaigns/:id/seats). */
export function SeatPickerPage() {
  const id = Number(useParams().id);
  const campaign = useStaffCampaign(id);
  const seats = useSeats();
  useDocumentTitle(campaign.data ? `Target seats: ${campaign.data.name}` : 'Target seats');
  const problem = campaign.error ?? seats.error;

  return (
    <>
      <AdminHeader
        eyebrow="Target seats"
        title={campaign.data?.name ?? 'Target seats'}
        back={{ to: '/admin/campaigns', label: 'All campaigns' }}
      >
        <p>
          Tick the seats this campaign is fighting. Where two sessions are as near to a signup as each other,
          callers offer the one in a target seat first.
        </p>
      </AdminHeader>
      {campaign.isPending || seats.isPending ? <Loading label="Loading the seats…" /> : null}
      {problem ? (
        <LoadProblem
          error={problem}
          retrying={campaign.isFetching || seats.isFetching}
          onRetry={() => {
            void campaign.refetch();
            void seats.refetch();
          }}
        />
      ) : null}
      {campaign.data && seats.data ? <Picker campaign={campaign.data} seats={seats.data} /> : null}
    </>
  );
}
