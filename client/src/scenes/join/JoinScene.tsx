import { useState } from 'react';
import { Link, Navigate, useParams } from 'react-router-dom';
import type { CallerCampaign } from '../../../../protocol';
import { ApiError } from '../../api/http';
import { AuthFrame } from '../../components/AuthFrame';
import { Button } from '../../components/Button';
import { PageLoading } from '../../components/PageLoading';
import { firstName, ROLE_NAMES } from '../../components/names';
import { useCallingCampaigns } from '../../hooks/useCallingView';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useJoinCampaign, useJoinLink } from '../../hooks/useJoinCampaign';
import { useLoadedMe } from '../../hooks/useMe';
import '../../styles/join.css';
import { JoinForm } from './JoinForm';

const ONE_LINE =
  'You’ll phone people who have just signed up to help, and invite them to a canvass session near them.';

function JoinPitch({ campaign }: { campaign: CallerCampaign }) {
  return (
    <>
      <p className="auth__headline">One friendly call at a time.</p>
      <ul className="auth__points">
        <li>You&rsquo;re joining {campaign.name}. No account or password needed.</li>
        <li>The script and everything you need is on screen, with a practice call first if you like.</li>
        <li>Call for as long as suits you, and stop whenever you want.</li>
      </ul>
    </>
  );
}

/** /join/:token — a volunteer opens the campaign's link, gives a name and email, and is calling. */
export function JoinScene() {
  const { token = '' } = useParams();
  const { user } = useLoadedMe();
  const link = useJoinLink(token);
  const mine = useCallingCampaigns(user?.role === 'caller');
  const join = useJoinCampaign(token);
  const [someoneElse, setSomeoneElse] = useState(false);
  useDocumentTitle(link.data ? `Join ${link.data.name}` : 'Join the phonebank');

  if (join.isSuccess) return <Navigate to={`/call/${join.data.campaign.id}`} />;
  if (link.isError) {
    const gone = link.error instanceof ApiError && link.error.status === 404;
    return (
      <AuthFrame
        title={gone ? 'This join link isn’t working' : 'The join page didn’t load'}
        intro={
          <p>
            {gone
              ? 'It may have been replaced with a new one, or the campaign has finished. Ask your coordinator for the current link.'
              : link.error.message}
          </p>
        }
      >
        {gone ? null : (
          <Button block busy={link.isFetching} busyLabel="Trying again…" onClick={() => void link.refetch()}>
            Try again
          </Button>
        )}
      </AuthFrame>
    );
  }
  if (!link.data || (user?.role === 'caller' && mine.isPending)) return <PageLoading />;
  const campaign = link.data;
  const callHere = `/call/${campaign.id}`;
  const frame = {
    eyebrow: 'Join the phonebank',
    title: campaign.name,
    pitch: <JoinPitch campaign={campaign} />,
  };

  // Staff can call too, but a join link never signs anyone in as staff: they go straight to the screen.
  if (user && user.role !== 'caller') {
    return (
      <AuthFrame
        {...frame}
        intro={
          <p>
            You&rsquo;re signed in as {ROLE_NAMES[user.role].toLowerCase()} {user.name}.
          </p>
        }
      >
        <Link className="button button--primary button--block" to={callHere}>
          Open the calling screen
        </Link>
      </AuthFrame>
    );
  }
  if (user && !someoneElse && mine.data?.some((c) => c.id === campaign.id)) {
    return (
      <AuthFrame
        {...frame}
        intro={<p>Welcome back, {firstName(user.name)}. You&rsquo;re all set to carry on.</p>}
      >
        <div className="stack">
          <Link className="button button--primary button--block" to={callHere}>
            Carry on calling
          </Link>
          <Button variant="secondary" block onClick={() => setSomeoneElse(true)}>
            I&rsquo;m not {firstName(user.name)}
          </Button>
        </div>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame
      {...frame}
      intro={<p>{ONE_LINE}</p>}
      aside={<p>Only the campaign&rsquo;s organisers and coordinators see your details.</p>}
    >
      <JoinForm
        busy={join.isPending}
        error={join.error}
        onJoin={(body) => join.mutate(body)}
        initial={user && !someoneElse ? { name: user.name, email: user.email } : undefined}
      />
    </AuthFrame>
  );
}
