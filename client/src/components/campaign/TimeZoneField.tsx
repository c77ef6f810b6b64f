import { useState } from 'react';
import { TextField } from '../TextField';
import { SelectField } from './SelectField';
import { TIME_ZONES } from './campaignText';

const OTHER = 'other';

interface TimeZoneFieldProps {
  value: string;
  error?: string;
  onChange: (zone: string) => void;
}

/** The common time zones to pick from, and a box for any other IANA name. */
export function TimeZoneField({ value, error, onChange }: TimeZoneFieldProps) {
  const listed = TIME_ZONES.some((z) => z.zone === value);
  const [other, setOther] = useState(!listed);
  return (
    <div className="timezone">
      <SelectField
        label="Time zone"
        hint="Calling hours are on this clock."
        value={other ? OTHER : value}
        error={other ? undefined : error}
        data-field={other ? undefined : 'timezone'}
        onChange={(e) => {
          const picked = e.target.value;
          setOther(picked === OTHER);
          if (picked !== OTHER) onChange(picked);
        }}
      >
        {TIME_ZONES.map((z) => (
          <option key={z.zone} value={z.zone}>
            {z.name}
          </option>
        ))}
        <option value={OTHER}>Another time zone…</option>
      </SelectField>
      {other ? (
        <TextField
          label="Time zone name"
          hint="An IANA name, such as Europe/Madrid or America/Halifax"
          name="timezone"
          data-field="timezone"
          value={value}
          error={error}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : null}
    </div>
  );
}
