import type { Role } from '../../../protocol';

/** How each role is named to people. */
export const ROLE_NAMES: Record<Role, string> = {
  organiser: 'Organiser',
  coordinator: 'Coordinator',
  caller: 'Caller',
};

/** The name people are greeted by: the first word of the name they gave. */
export const firstName = (name: string): string => name.trim().split(/\s+/)[0] ?? name;

/** The first letters of someone's first and last names, for a quick visual anchor beside their name. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase() || '?';
}
