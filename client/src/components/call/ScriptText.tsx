import { Fragment } from 'react';
import type { ReactNode } from 'react';

/** **bold** runs become <strong>; everything else stays text, so a script can never inject markup. */
function withBold(line: string): ReactNode[] {
  return line
    .split(/\*\*(.+?)\*\*/g)
    .map((part, i) => (i % 2 ? <strong key={i}>{part}</strong> : <Fragment key={i}>{part}</Fragment>));
}

/** The script's simple markdown as React text: paragraphs, line breaks and bold, nothing more. */
export function ScriptText({ body }: { body: string }) {
  const paragraphs = body
    .trim()
    .split(/\n\s*\n/)
    .filter((p) => p.trim());
  if (!paragraphs.length) {
    return (
      <p className="script__none">
        This campaign has no script yet. Say who you are and why you&rsquo;re calling, then ask how
        they&rsquo;d like to help.
      </p>
    );
  }
  return (
    <div className="script__text">
      {paragraphs.map((paragraph, i) => (
        <p key={i}>
          {paragraph.split('\n').map((line, j) => (
            <Fragment key={j}>
              {j ? <br /> : null}
              {withBold(line)}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}
