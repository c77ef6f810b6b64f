import { Link } from 'react-router-dom';
import type { CallerCampaign, CallerProgress } from '../../../../protocol';
import { Button } from '../../components/Button';
import { CallFrame } from '../../components/call/CallFrame';
import { PracticeIcon } from '../../components/call/callIcons';
import { StateCard } from '../../components/call/StateCard';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';

const STEPS = [
  ['Call', 'Press the big green button and your phone rings them.'],
  ['Talk', 'Follow the script: it’s there so you never have to remember what to say.'],
  ['Save', 'Choose what happened and save. The next person appears straight away.'],
] as const;

interface BeforeFirstCallProps {
  campaign: CallerCampaign;
  progress: CallerProgress;
  onSkip: () => void;
}

/** Before a volunteer's first real call: how it works, and a practice call they can take or skip. */
export function BeforeFirstCall({ campaign, progress, onSkip }: BeforeFirstCallProps) {
  useDocumentTitle('Ready to call?');
  return (
    <CallFrame campaignName={campaign.name} progress={progress}>
      <StateCard
        icon={<PracticeIcon />}
        title="Ready for your first call?"
        actions={
          <>
            <Link className="button button--primary" to={`/call/${campaign.id}/practice`}>
              Try a practice call
            </Link>
            <Button variant="secondary" onClick={onSkip}>
              Skip to a real call
            </Button>
          </>
        }
      >
        <p>You&rsquo;ll see one person at a time. Each call takes three steps:</p>
        <ol className="firststeps">
          {STEPS.map(([title, text]) => (
            <li key={title}>
              <strong>{title}.</strong> {text}
            </li>
          ))}
        </ol>
        <p>The practice call uses a made-up person: nobody is phoned and nothing is saved.</p>
      </StateCard>
    </CallFrame>
  );
}
