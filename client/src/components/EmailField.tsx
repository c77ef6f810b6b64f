import { TextField } from './TextField';
import type { TextFieldProps } from './TextField';

/** An email address input: the phone's email keyboard, no capitals or spelling fixes, and autofill. */
export function EmailField(
  props: Omit<TextFieldProps, 'type' | 'inputMode' | 'autoCapitalize' | 'spellCheck'>,
) {
  return (
    <TextField
      name="email"
      autoComplete="email"
      {...props}
      type="email"
      inputMode="email"
      autoCapitalize="none"
      spellCheck={false}
    />
  );
}
