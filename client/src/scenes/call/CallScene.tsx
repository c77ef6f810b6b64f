import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { ApiError } from '../../api/http';
import { PageLoading } from '../../components/PageLoading';
import { useCallingView } from '../../hooks/useCallingView';
import { useLoadedMe } from '../../hooks/useMe';
import '../../styles/call.css';
import '../../styles/call-contact.css';
import '../../styles/call-pad.css';
import '../../styles/call-followup.css';
import '../../styles/telephony.css';
import { BeforeFirstCall } from './BeforeFirstCall';
import { CallUnavailable, SessionEnded } from './CallUnavailable';
import { LiveCall } from './LiveCall';
import { hasPractised, markPractised } from './practised';

/** /call/:campaignId — the calling screen, after a practice offer on a volunteer's first evening. */
export function CallScene() {
  const campaignId = Number(useParams().campaignId);
  const { user } = useLoadedMe();
  const view = useCallingView(campaignId);
  const [ready, setReady] = useState(() => (user ? hasPractised(user.id) : false));

  if (!user) return <SessionEnded />;
  if (!(campaignId > 0))
    return <CallUnavailable error={new ApiError(404, 'not_found', 'No such campaign')} />;
  if (view.isError) {
    const signedOut = view.error instanceof ApiError && view.error.status === 401;
    return signedOut ? <SessionEnded /> : <CallUnavailable error={view.error} />;
  }
  if (!view.data) return <PageLoading label="Opening the calling screen…" />;

  const { campaign, progress } = view.data;
  // Someone who has called tonight already knows the ropes, whatever this browser remembers.
  if (!ready && progress.callsTonight === 0) {
    return (
      <BeforeFirstCall
        campaign={campaign}
        progress={progress}
        onSkip={() => {
          markPractised(user.id);
          setReady(true);
        }}
      />
    );
  }
  return <LiveCall campaign={campaign} progress={progress} user={user} />;
}
