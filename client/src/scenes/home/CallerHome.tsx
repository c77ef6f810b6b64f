import type { User } from '../../../../protocol';
import { EmptyState } from '../../components/EmptyState';
import { HomeSection } from '../../components/HomeSection';
import { LinkIcon } from '../../components/icons';
import { firstName } from '../../components/names';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { PageHeader } from './PageHeader';

export function CallerHome({ user }: { user: User }) {
  useDocumentTitle('Calling');
  return (
    <>
      <PageHeader eyebrow="Caller" title={`Thanks for calling, ${firstName(user.name)}`}>
        <p>Every conversation tonight could put someone on a doorstep this weekend.</p>
      </PageHeader>
      <HomeSection title="Your calling">
        <EmptyState icon={<LinkIcon />} title="Open your campaign’s join link to start calling">
          <p>
            Your organiser shares a link for each campaign. Open it on this phone or computer and you&rsquo;ll
            be given your first person to call, with the script and the nearest canvass session to offer them.
          </p>
        </EmptyState>
      </HomeSection>
    </>
  );
}
