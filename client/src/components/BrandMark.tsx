interface BrandMarkProps {
  /** Show the product name beside the mark. */
  withName?: boolean;
  className?: string;
}

/** Ringround's mark: a ring with a gap (a call going round) around a warm dot (the person reached). */
export function BrandMark({ withName = true, className = '' }: BrandMarkProps) {
  return (
    <span className={`brand ${className}`.trim()}>
      <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" className="brand__tile" />
        <circle
          cx="16"
          cy="16"
          r="9"
          className="brand__ring"
          strokeDasharray="42 15"
          transform="rotate(-35 16 16)"
        />
        <circle cx="16" cy="16" r="3.5" className="brand__dot" />
      </svg>
      {withName ? <span className="brand__name">Ringround</span> : null}
    </span>
  );
}
