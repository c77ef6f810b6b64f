import { NavLink } from 'react-router-dom';

/** Between the organiser's privacy pages: people (find, download, erase) and the audit log. */
export function PrivacyTabs() {
  return (
    <nav className="tabs privacy-tabs" aria-label="Privacy pages">
      <NavLink className="tabs__tab" to="/admin/people" end>
        People
      </NavLink>
      <NavLink className="tabs__tab" to="/admin/audit" end>
        Audit log
      </NavLink>
    </nav>
  );
}
