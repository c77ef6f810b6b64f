import type { UseQueryResult } from '@tanstack/react-query';
import { ApiError } from '../../api/http';
import { Button } from '../Button';
import { FormAlert } from '../FormAlert';

interface LoadProblemProps {
  error: Error;
  retrying: boolean;
  onRetry: () => void;
}

/** Something could not be loaded: the server's reason, and a way to ask again when that could help. */
export function LoadProblem({ error, retrying, onRetry }: LoadProblemProps) {
  // A 404 or 403 will say the same thing a second time; a lost connection or a server error may not.
  const answered = error instanceof ApiError && error.status >= 400 && error.status < 500;
  return (
    <div className="load-problem">
      <FormAlert message={error.message} />
      {answered ? null : (
        <Button variant="secondary" busy={retrying} busyLabel="Trying again…" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}

/** A short wait inside a page, announced to screen readers. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="inline-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

type QueryLike = Pick<
  UseQueryResult<unknown, Error>,
  'isPending' | 'isError' | 'error' | 'isFetching' | 'refetch'
>;

/** One query's wait or failure (with a retry); nothing once its data is here. */
export function QueryStatus({ query, loading }: { query: QueryLike; loading: string }) {
  if (query.isPending) return <Loading label={loading} />;
  if (query.isError && query.error) {
    return (
      <LoadProblem error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
    );
  }
  return null;
}
