import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Button } from '../../components/Button';
import { CallFrame } from '../../components/call/CallFrame';
import { CallWorkspace } from '../../components/call/CallWorkspace';
import { FollowUpPanel } from '../../components/call/FollowUpPanel';
import type { Booking } from '../../components/call/followUpMessage';
import { ThanksIcon } from '../../components/call/callIcons';
import { outcomeLabel } from '../../components/call/outcomes';
import { StateCard } from '../../components/call/StateCard';
import { firstName } from '../../components/names';
import { PageLoading } from '../../components/PageLoading';
import type { OutcomeFields } from '../../hooks/useCallingLoop';
import { useCallingView } from '../../hooks/useCallingView';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useLoadedMe } from '../../hooks/useMe';
import '../../styles/call.css';
import '../../styles/call-contact.css';
import '../../styles/call-pad.css';
import '../../styles/call-followup.css';
import { CallUnavailable, SessionEnded } from './CallUnavailable';
import { practiceAssignment, PRACTICE_COACH } from './practiceContact';
import { markPractised } from './practised';

/** /call/:campaignId/practice — the whole call on a made-up person. No socket: nothing is sent or stored. */
export function PracticeScene() {
  useDocumentTitle('Practice call');
  const campaignId = Number(useParams().campaignId);
  const { user } = useLoadedMe();
  const view = useCallingView(campaignId);
  const navigate = useNavigate();
  const [round, setRound] = useState(0);
  const [result, setResult] = useState<OutcomeFields | null>(null);
  const [followUp, setFollowUp] = useState<Booking | null>(null);
  const campaignName = view.data?.campaign.name;
  const assignment = useMemo(
    () => practiceAssignment(user?.name ?? 'there', campaignName ?? 'the campaign'),
    [user?.name, campaignName],
  );

  if (!user) return <SessionEnded />;
  if (view.isError) return <CallUnavailable error={view.error} />;
  if (!view.data) return <PageLoading label="Opening the practice call…" />;
  const { campaign } = view.data;

  /** A practice booking gets the same follow-up as a real one, with nothing in it able to send. */
  const saved = (fields: OutcomeFields) => {
    const session = assignment.sessions.find((s) => s.id === fields.sessionId);
    const { contact } = assignment;
    setResult(fields);
    setFollowUp(
      fields.outcome === 'booked' && session
        ? { key: `practice-${round}`, firstName: contact.firstName, phone: contact.phone, session }
        : null,
    );
  };

  const startCalling = () => {
    markPractised(user.id);
    void navigate(`/call/${campaign.id}`);
  };

  return (
    <CallFrame campaignName={campaign.name} showProgress={false}>
      <div className="practice-note" role="note">
        <p>
          <strong>Practice call.</strong> Alex is made up: nobody is phoned and nothing is saved.
        </p>
        <Link
          className="practice-note__skip"
          to={`/call/${campaign.id}`}
          onClick={() => markPractised(user.id)}
        >
          Skip practice
        </Link>
      </div>
      {followUp ? (
        <FollowUpPanel
          key={followUp.key}
          practice
          booking={followUp}
          callerName={firstName(user.name)}
          timeZone={campaign.timezone}
          onDismiss={() => setFollowUp(null)}
        />
      ) : null}
      {result ? (
        <StateCard
          icon={<ThanksIcon />}
          title="Nice work: that’s a whole call"
          actions={
            <>
              <Button onClick={startCalling}>Start real calls</Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setResult(null);
                  setFollowUp(null);
                  setRound((r) => r + 1);
                }}
              >
                Practise again
              </Button>
            </>
          }
        >
          <p>
            You saved it as <strong>{outcomeLabel(result.outcome)}</strong>. On a real call, saving brings up
            the next person straight away
            {result.outcome === 'booked' ? ', below the follow-up for the person you booked' : ''}, and the
            counts at the top go up.
          </p>
        </StateCard>
      ) : (
        <CallWorkspace
          key={round}
          assignment={assignment}
          campaign={{ ...campaign, telephony: 'simulated' }}
          busy={null}
          offline={false}
          problem={null}
          coach={PRACTICE_COACH}
          onDial={() => undefined}
          onSave={saved}
          onSkip={() => setRound((r) => r + 1)}
          onFinish={() => {
            markPractised(user.id);
            void navigate('/');
          }}
        />
      )}
    </CallFrame>
  );
}
