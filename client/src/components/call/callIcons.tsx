// Line icons for the calling screen's states, drawn like components/icons.tsx: 24-unit grid, stroked.
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const ThanksIcon = () => (
  <Icon>
    <path d="M12 20s-7.5-4.4-7.5-10A4.2 4.2 0 0 1 12 7.6 4.2 4.2 0 0 1 19.5 10c0 5.6-7.5 10-7.5 10Z" />
  </Icon>
);

export const DoneIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="9" />
    <path d="m8 12.5 2.7 2.7L16.5 9.5" />
  </Icon>
);

export const ClockIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 7v5l3.5 2" />
  </Icon>
);

export const PauseIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="9" />
    <path d="M10 9v6M14 9v6" />
  </Icon>
);

export const StopIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="9" />
    <path d="M6 18 18 6" />
  </Icon>
);

export const PracticeIcon = () => (
  <Icon>
    <path d="M4 19.5V6a2 2 0 0 1 2-2h9l5 5v10.5a.5.5 0 0 1-.5.5H4.5a.5.5 0 0 1-.5-.5Z" />
    <path d="M8 12h8M8 16h5M15 4v5h5" />
  </Icon>
);

export const ChatIcon = () => (
  <Icon>
    <path d="M4.5 19.5 5.6 16A8 8 0 1 1 8 18.4Z" />
  </Icon>
);

export const TextMessageIcon = () => (
  <Icon>
    <path d="M4 5.5A1.5 1.5 0 0 1 5.5 4h13A1.5 1.5 0 0 1 20 5.5v9a1.5 1.5 0 0 1-1.5 1.5H9l-5 4Z" />
    <path d="M8 9h8M8 12h5" />
  </Icon>
);

export const CopyIcon = () => (
  <Icon>
    <rect x="8.5" y="8.5" width="11" height="11" rx="1.5" />
    <path d="M15.5 5.5v-.5A1.5 1.5 0 0 0 14 3.5H5A1.5 1.5 0 0 0 3.5 5v9A1.5 1.5 0 0 0 5 15.5h.5" />
  </Icon>
);

export const CalendarIcon = () => (
  <Icon>
    <rect x="4" y="5.5" width="16" height="14.5" rx="1.5" />
    <path d="M4 10h16M8.5 3.5v4M15.5 3.5v4" />
  </Icon>
);

export const MicIcon = () => (
  <Icon>
    <rect x="9" y="3.5" width="6" height="11" rx="3" />
    <path d="M5.5 11.5a6.5 6.5 0 0 0 13 0M12 18v2.5" />
  </Icon>
);

export const MicOffIcon = () => (
  <Icon>
    <path d="M15 9.5V6.5a3 3 0 0 0-5.8-1M9 9v2.5a3 3 0 0 0 4.6 2.5M5.5 11.5a6.5 6.5 0 0 0 10.4 5.2M18.5 11.5a6.5 6.5 0 0 1-.6 2.7M12 18v2.5M4 4l16 16" />
  </Icon>
);

export const KeypadIcon = () => (
  <Icon>
    <path d="M6 5h.01M12 5h.01M18 5h.01M6 10.5h.01M12 10.5h.01M18 10.5h.01M6 16h.01M12 16h.01M18 16h.01M12 21h.01" />
  </Icon>
);

export const HangUpIcon = () => (
  <Icon>
    <path d="M3 14.2c5-4.6 13-4.6 18 0l-1.9 2.6-3.9-1.3v-2.6a10 10 0 0 0-6.4 0v2.6l-3.9 1.3Z" />
  </Icon>
);

export const HeadsetIcon = () => (
  <Icon>
    <path d="M4.5 14v-2a7.5 7.5 0 0 1 15 0v2" />
    <rect x="3.5" y="13.5" width="4" height="6" rx="1.5" />
    <rect x="16.5" y="13.5" width="4" height="6" rx="1.5" />
    <path d="M18.5 19.5c0 1.5-2 2-5 2" />
  </Icon>
);
