// Real postcodes in the demo's two target seats, so contacts and sessions are placed the way real
// signups are. Picked from the ONS postcode list (NSPL, as redistributed by odileeds/Postcodes2LatLon):
// residential units (no PO boxes or large users) in sectors the gazetteer's uk_sector_pcon24.csv gives
// to these seats. The seed checks that everything lands in a target seat. Attribution: README.

export interface DemoSeat {
  code: string;
  name: string;
  postcodes: string[];
}

/** Full postcodes from a sector and the inward units in it: ('BS5 0', 'RB RD') → BS5 0RB, BS5 0RD. */
const inSector = (sector: string, units: string) => units.split(' ').map((u) => `${sector}${u}`);

/** Bristol East, and Bristol North East, which since 2024 holds most of Kingswood (the old Kingswood seat is gone). */
export const DEMO_SEATS: DemoSeat[] = [
  {
    code: 'E14001132',
    name: 'Bristol East',
    postcodes: [
      ...inSector(
        'BS5 0',
        'RB RD RF RG RH RL RN RP RS RT SD SN SQ TA TB TH TQ TT UA UD UH UJ UN XA XE XH YA YB',
      ),
      ...inSector('BS5 7', 'AA AB AD AF AH AJ AN AP AT AY BA BE BN BP BT DA DD DG DJ DN DR DU EA EF'),
      ...inSector(
        'BS4 4',
        'HA HD HE HG HL HN HP HR HT JE JG JN JR JT JX LA LD LJ LS NB NE NH PB PE PL PS QH QN RB RE SB SF TB TH',
      ),
      ...inSector('BS4 5', 'AA AD AG AN AS BA BD BH BT DA DG DL EA EE HA HD HL HS JD NF NL PS QA RB'),
    ],
  },
  {
    code: 'E14001133',
    name: 'Bristol North East',
    postcodes: [
      ...inSector(
        'BS15 4',
        'AA AB AD AE AG AJ AN BA BD BG BN DB DE DH DL DR EA EF EH HA HE HJ HP HU JB JH JS LB LF LN NA PB PH QB QG RA RH SA SJ TB XA XG',
      ),
      ...inSector(
        'BS16 3',
        'BN DA DD DH DL DR EA EF EH EL HE HJ JA JE JH LA LE NA NF NJ PH QB QH RA SA TD TH UE',
      ),
      ...inSector(
        'BS16 4',
        'AA AE AH AR BE BJ DA DB DH EB EF EJ HA HE HL JA JD JG LB LE NA NE PA PE QB QF RB RF SB SH',
      ),
    ],
  },
];
