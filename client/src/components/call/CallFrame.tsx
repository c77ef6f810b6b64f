import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { CallerProgress } from '../../../../protocol';
import { BrandMark } from '../BrandMark';
import { ProgressTally } from './ProgressTally';

interface CallFrameProps {
  campaignName: string | undefined;
  progress?: CallerProgress;
  /** Practice shows no tally: it counts nothing. */
  showProgress?: boolean;
  children: ReactNode;
  /** Fixed to the bottom of the screen, over the page, so it never pushes the layout about. */
  banner?: ReactNode;
}

/** The calling pages' frame: a slim bar naming the campaign with tonight's tally, and the page. */
export function CallFrame({ campaignName, progress, showProgress = true, children, banner }: CallFrameProps) {
  return (
    <div className="callpage">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar callbar">
        <div className="topbar__inner callbar__inner">
          <Link to="/" className="topbar__home" aria-label="Ringround home">
            <BrandMark />
          </Link>
          <p className="callbar__campaign">
            <span className="callbar__label">Calling for</span>
            <span className="callbar__name">{campaignName ?? '…'}</span>
          </p>
          {showProgress ? <ProgressTally progress={progress} /> : null}
        </div>
      </header>
      <main className="callpage__main" id="main" tabIndex={-1}>
        {children}
      </main>
      {banner}
    </div>
  );
}
