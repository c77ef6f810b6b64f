/** A whole-page wait: shown while /api/me answers or a scene's code downloads. */
export function PageLoading({ label = 'Loading Ringround…' }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <span className="spinner spinner--large" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
