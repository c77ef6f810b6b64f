import type { ReactNode } from 'react';
import { useMe } from '../hooks/useMe';
import { AuthFrame } from './AuthFrame';
import { Button } from './Button';
import { FormAlert } from './FormAlert';
import { PageLoading } from './PageLoading';

/** Every page depends on who is signed in, so nothing renders until /api/me has answered. */
export function MeGate({ children }: { children: ReactNode }) {
  const me = useMe();
  if (me.data) return children;
  if (me.isError) {
    return (
      <AuthFrame title="Ringround can’t be reached right now">
        <div className="stack">
          <FormAlert message={me.error.message} />
          <Button block busy={me.isFetching} busyLabel="Trying again…" onClick={() => void me.refetch()}>
            Try again
          </Button>
        </div>
      </AuthFrame>
    );
  }
  return <PageLoading />;
}
