import type { ReactNode } from 'react';
import { BrandMark } from './BrandMark';

interface AuthFrameProps {
  title: string;
  /** A short line above the title saying what kind of page this is. */
  eyebrow?: string;
  /** Replaces the brand panel's pitch, e.g. with what a volunteer joining a campaign will be doing. */
  pitch?: ReactNode;
  intro?: ReactNode;
  children?: ReactNode;
  /** Quieter help under the card, e.g. what callers should do instead of signing in. */
  aside?: ReactNode;
}

/** The signed-out frame: what Ringround is for on one side, one centred card on the other. */
export function AuthFrame({ title, eyebrow, pitch, intro, children, aside }: AuthFrameProps) {
  return (
    <div className="auth">
      <header className="auth__brand">
        <BrandMark className="brand--on-accent" />
        <div className="auth__pitch">
          {pitch ?? (
            <>
              <p className="auth__headline">Turn tonight&rsquo;s signups into tomorrow&rsquo;s canvassers.</p>
              <ul className="auth__points">
                <li>One contact at a time, with the script and the nearest canvass session to offer.</li>
                <li>Calling hours and retry rules kept for you, so nobody is called twice or too late.</li>
                <li>Coordinators watch the night live and see every booking as it lands.</li>
              </ul>
            </>
          )}
        </div>
      </header>
      <main className="auth__main" id="main">
        <div className="auth__column">
          <section className="card auth__card" aria-labelledby="auth-title">
            {eyebrow ? <p className="auth__eyebrow">{eyebrow}</p> : null}
            <h1 className="auth__title" id="auth-title">
              {title}
            </h1>
            {intro ? <div className="auth__intro">{intro}</div> : null}
            {children}
          </section>
          {aside ? <div className="auth__aside">{aside}</div> : null}
        </div>
      </main>
    </div>
  );
}
