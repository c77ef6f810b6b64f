// The House of Commons Library's party abbreviations (General election 2024 results), as people say them.
const PARTY_NAMES: Record<string, string> = {
  Lab: 'Labour',
  Con: 'Conservative',
  LD: 'Liberal Democrat',
  SNP: 'SNP',
  SF: 'Sinn Féin',
  Ind: 'Independent',
  RUK: 'Reform UK',
  DUP: 'DUP',
  Green: 'Green',
  PC: 'Plaid Cymru',
  SDLP: 'SDLP',
  Spk: 'the Speaker',
  APNI: 'Alliance',
  TUV: 'TUV',
  UUP: 'UUP',
  WPB: 'Workers Party',
  PBPA: 'People Before Profit',
};

/** A party's everyday name; an abbreviation we do not know is shown as it is. */
export const partyName = (code: string): string => PARTY_NAMES[code] ?? code;
