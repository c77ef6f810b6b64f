import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CallerCampaign, CallerProgress, User } from '../../../../protocol';
import { keys } from '../../api/keys';
import { CallFrame } from '../../components/call/CallFrame';
import { CallStates } from '../../components/call/CallStates';
import { CallWorkspace } from '../../components/call/CallWorkspace';
import { FollowUpPanel } from '../../components/call/FollowUpPanel';
import { StatusBanner } from '../../components/call/StatusBanner';
import { firstName } from '../../components/names';
import { useCallerSocket } from '../../hooks/useCallerSocket';
import { useCallingEvents } from '../../hooks/useCallingEvents';
import { useCallingLoop } from '../../hooks/useCallingLoop';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { SessionEnded } from './CallUnavailable';

interface LiveCallProps {
  campaign: CallerCampaign;
  progress: CallerProgress;
  user: User;
}

/** The real calling loop: one contact at a time over the socket, and every state in between. */
export function LiveCall({ campaign, progress, user }: LiveCallProps) {
  const client = useQueryClient();
  const { socket, connection, stop, start } = useCallerSocket();
  const refresh = useCallback(
    () => void client.invalidateQueries({ queryKey: keys.callingView(campaign.id) }),
    [client, campaign.id],
  );
  const loop = useCallingLoop({ campaignId: campaign.id, socket, onSaved: refresh, onStop: stop });
  useCallingEvents(socket, campaign.id, loop, stop, refresh);
  const { screen, busy } = loop;
  const offline = connection === 'offline';
  const contact = screen.kind === 'contact' ? screen.assignment.contact : null;
  useDocumentTitle(contact ? `Calling ${contact.firstName}` : `Calling for ${campaign.name}`);

  if (connection === 'refused') return <SessionEnded />;

  return (
    <CallFrame
      campaignName={campaign.name}
      progress={progress}
      banner={
        <StatusBanner
          offline={offline}
          firstName={contact?.firstName}
          saving={busy === 'saving'}
          notice={loop.notice}
          onDismiss={() => loop.setNotice(null)}
        />
      }
    >
      {loop.followUp ? (
        <FollowUpPanel
          key={loop.followUp.key}
          booking={loop.followUp}
          callerName={firstName(user.name)}
          timeZone={campaign.timezone}
          sms={campaign.smsFollowUp ? socket : null}
          onDismiss={loop.closeFollowUp}
        />
      ) : null}
      {screen.kind === 'contact' ? (
        <CallWorkspace
          key={`${screen.assignment.assignmentId}:${loop.round}`}
          assignment={screen.assignment}
          campaign={campaign}
          busy={busy}
          offline={offline}
          problem={loop.problem}
          socket={socket}
          onDial={loop.dial}
          onWrapUp={loop.wrapUp}
          onSave={loop.save}
          onSkip={() => void loop.skip()}
          onFinish={() => void loop.finish()}
        />
      ) : (
        <CallStates
          screen={screen}
          ended={campaign.status === 'archived'}
          callerName={firstName(user.name)}
          timeZone={campaign.timezone}
          progress={progress}
          busy={busy}
          offline={offline}
          onCheck={() => void loop.askNext()}
          onFinish={() => void loop.finish()}
          onMore={() => {
            loop.setScreen({ kind: 'waiting' });
            start();
          }}
        />
      )}
    </CallFrame>
  );
}
