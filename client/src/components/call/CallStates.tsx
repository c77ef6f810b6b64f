import { Link } from 'react-router-dom';
import type { CallerProgress } from '../../../../protocol';
import type { Busy, CallScreen } from '../../hooks/useCallingLoop';
import { Button } from '../Button';
import { ClockIcon, DoneIcon, PauseIcon, StopIcon, ThanksIcon } from './callIcons';
import { progressSentence } from './ProgressTally';
import { StateCard, WaitingCard } from './StateCard';
import { dayAndTime } from './zonedTime';

interface CallStatesProps {
  screen: Exclude<CallScreen, { kind: 'contact' }>;
  /** The campaign was archived: paused for good. */
  ended: boolean;
  callerName: string;
  timeZone: string;
  progress: CallerProgress | undefined;
  busy: Busy;
  offline: boolean;
  onCheck: () => void;
  onFinish: () => void;
  onMore: () => void;
}

/** Every calling-screen state without a contact: waiting, nobody left, out of hours, paused, removed, done. */
export function CallStates(props: CallStatesProps) {
  const { screen, ended, callerName, timeZone, progress, busy, offline, onCheck, onFinish, onMore } = props;
  const checking = busy === 'next';
  const check = (
    <Button busy={checking} busyLabel="Checking…" disabled={offline} onClick={onCheck}>
      Check again
    </Button>
  );
  const finish = (
    <Button variant="secondary" onClick={onFinish}>
      I&rsquo;m done for tonight
    </Button>
  );
  const home = (
    <Link className="button button--secondary" to="/">
      Back to your home
    </Link>
  );

  switch (screen.kind) {
    case 'waiting':
      return <WaitingCard label="Finding someone for you to call…" />;
    case 'empty':
      if (screen.reason === 'campaign_paused') {
        return ended ? (
          <StateCard icon={<DoneIcon />} title="This campaign has finished" actions={home}>
            <p>Calling has closed for this campaign. Thank you for every call you made for it.</p>
          </StateCard>
        ) : (
          <StateCard icon={<PauseIcon />} title="Calling is paused" actions={finish}>
            <p>
              A coordinator has paused this campaign for a moment. Keep this page open: your next person
              appears by themselves as soon as calling restarts.
            </p>
          </StateCard>
        );
      }
      if (screen.reason === 'outside_calling_hours') {
        const opens = screen.opensAt ? dayAndTime(Date.parse(screen.opensAt), timeZone) : null;
        return (
          <StateCard
            icon={<ClockIcon />}
            title="It’s outside calling hours"
            actions={
              <>
                {check}
                {finish}
              </>
            }
          >
            <p>
              We only ring people at times that suit them.{' '}
              {opens ? `Calling opens again at ${opens} (their time).` : 'Calling opens again later.'}
            </p>
            <p>Keep this page open and your first person will appear then.</p>
          </StateCard>
        );
      }
      return (
        <StateCard
          icon={<ThanksIcon />}
          title="Everyone’s been called — thank you"
          actions={
            <>
              {check}
              {finish}
            </>
          }
        >
          <p>There&rsquo;s nobody left to call right now. That&rsquo;s a brilliant night&rsquo;s work.</p>
          <p>People who didn&rsquo;t pick up come back later, and we check again every couple of minutes.</p>
        </StateCard>
      );
    case 'removed':
      return (
        <StateCard icon={<StopIcon />} title="You’re no longer calling for this campaign" actions={home}>
          <p>{screen.message}</p>
          <p>Thank you for the calls you made. If you think this is a mistake, talk to your coordinator.</p>
        </StateCard>
      );
    case 'finished':
      return (
        <StateCard
          icon={<ThanksIcon />}
          title={`Thank you, ${callerName}!`}
          actions={
            <>
              <Button onClick={onMore}>Call some more</Button>
              {home}
            </>
          }
        >
          <p>{progress ? progressSentence(progress) : 'Thank you for calling tonight.'}</p>
          <p>You can come back to this page any evening to carry on.</p>
        </StateCard>
      );
    case 'failed':
      return (
        <StateCard
          icon={<StopIcon />}
          title="Something got in the way"
          actions={
            <>
              {check}
              {finish}
            </>
          }
        >
          <p>{screen.message}</p>
        </StateCard>
      );
  }
}
