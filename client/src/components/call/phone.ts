// Phone numbers arrive in E.164 (+447700900123). People read them the national way, and the dialler
// needs 141 in front (UK networks' prefix for withholding your number) in national form.

const UK = '+44';

/** 07700 900123, 020 7946 0000, 0113 496 0000; non-UK numbers stay international. */
export function displayPhone(e164: string): string {
  if (!e164.startsWith(UK)) return e164;
  const national = `0${e164.slice(UK.length)}`;
  if (national.length !== 11) return national;
  if (/^02/.test(national)) return `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`;
  if (/^01\d1|^011/.test(national)) {
    return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
  }
  return `${national.slice(0, 5)} ${national.slice(5)}`;
}

/**
 * The tel: link. With the number withheld, 141 goes first and the number follows as it would be dialled
 * from a UK phone: 141 07700 900123 for UK numbers, 141 00 <country> <number> for others. "141+44..."
 * does not work: the network reads the + as part of a 141 service code.
 */
export function telHref(e164: string, withhold: boolean, prefix = '141'): string {
  if (!withhold || !prefix) return `tel:${e164}`;
  const dialled = e164.startsWith(UK) ? `0${e164.slice(UK.length)}` : `00${e164.replace(/^\+/, '')}`;
  return `tel:${prefix}${dialled}`;
}

/**
 * E.164 from what the own-phone fallback sends: E.164 already, or a UK number in national form
 * ("07700 900123"), which is how the server gives UK numbers.
 */
export function asE164(phone: string): string {
  const compact = phone.replace(/[\s()-]/g, '');
  return compact.startsWith('0') && !compact.startsWith('00') ? `${UK}${compact.slice(1)}` : compact;
}
