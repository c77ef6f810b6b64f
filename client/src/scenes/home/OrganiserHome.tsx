import { Link } from 'react-router-dom';
import type { User } from '../../../../protocol';
import { Avatar } from '../../components/Avatar';
import { UpcomingSessions } from '../../components/admin/UpcomingSessions';
import { CampaignDashboards } from '../../components/dashboard/CampaignDashboards';
import { EmptyState } from '../../components/EmptyState';
import { CampaignShortcuts } from '../../components/campaign/CampaignShortcuts';
import { HomeSection } from '../../components/HomeSection';
import { CampaignIcon } from '../../components/icons';
import { ROLE_NAMES, firstName } from '../../components/names';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { PageHeader } from './PageHeader';
import '../../styles/campaign-home.css';

const FIRST_STEPS = [
  ['Create a campaign', 'Name it, write the call script and set the hours callers may ring.'],
  ['Import your signups', 'Upload the spreadsheet of people to call, straight from your sign-up form.'],
  ['Add canvass sessions', 'List where and when people can join you, so callers can offer the nearest.'],
  ['Share the join link', 'Send callers the campaign’s link. They join in seconds, no password needed.'],
] as const;

export function OrganiserHome({ user }: { user: User }) {
  useDocumentTitle('Organiser home');
  return (
    <>
      <PageHeader eyebrow="Organiser" title={`Welcome, ${firstName(user.name)}`}>
        <p>
          Run your phonebank from here: campaigns to call, canvass sessions to fill, and the team doing it.
        </p>
      </PageHeader>

      <section className="steps" aria-labelledby="first-steps">
        <h2 className="steps__title" id="first-steps">
          Getting started
        </h2>
        <ol className="steps__list">
          {FIRST_STEPS.map(([title, text]) => (
            <li className="steps__item" key={title}>
              <p className="steps__name">{title}</p>
              <p className="steps__text">{text}</p>
            </li>
          ))}
        </ol>
      </section>

      <div className="home-grid">
        <HomeSection title="Campaigns" summary="Each campaign is a list of people to call and a script.">
          <CampaignDashboards
            empty={
              <EmptyState icon={<CampaignIcon />} title="No campaigns yet">
                <p>
                  Your campaigns will show here with how many signups are left to call and how many have
                  booked onto a canvass. Create your first campaign to begin.
                </p>
              </EmptyState>
            }
          />
          <CampaignShortcuts role={user.role} />
        </HomeSection>

        <UpcomingSessions />

        <HomeSection
          title="Team"
          summary="Organisers and coordinators who run the calling."
          className="home-grid__team"
        >
          <ul className="people">
            <li className="person">
              <Avatar name={user.name} />
              <div className="person__text">
                <p className="person__name">
                  {user.name} <span className="person__you">(you)</span>
                </p>
                <p className="person__detail">{user.email}</p>
              </div>
              <span className="badge">{ROLE_NAMES[user.role]}</span>
            </li>
          </ul>
          <p className="section__note">
            Invite coordinators and other organisers from the team page. Callers join through a
            campaign&rsquo;s link, so they don&rsquo;t need an account made for them.
          </p>
          <p className="team-link">
            <Link className="button button--secondary" to="/admin/team">
              Manage the team
            </Link>
          </p>
        </HomeSection>

        <HomeSection
          title="People and privacy"
          summary="When someone asks what we hold about them, or to be forgotten."
          className="home-grid__team"
        >
          <p className="section__note">
            Find anyone across every campaign, download everything held about them, erase them or change
            whether they may be called. Each of these is logged.
          </p>
          <div className="team-link button-row">
            <Link className="button button--secondary" to="/admin/people">
              Find a person
            </Link>
            <Link className="button button--secondary" to="/admin/audit">
              Audit log
            </Link>
          </div>
        </HomeSection>
      </div>
    </>
  );
}
