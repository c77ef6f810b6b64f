// Just enough CSV for the import panel: reading the rows of the chosen file the way the server counts
// them (so a rejected row number points at the same row), and writing a file to download.

/** The separator the header line uses most: comma, semicolon or tab (as the server decides). */
export function guessDelimiter(text: string): string {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  const [best] = counts.sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

/**
 * Every row of the file in order, the header first, so row n of a spreadsheet is rows[n - 1]. A blank
 * line is a row of no cells (a spreadsheet still numbers it); quoted separators and newlines are kept.
 */
export function readCsvRows(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const delimiter = guessDelimiter(src);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let touched = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    if (touched || cell !== '') endCell();
    rows.push(row);
    row = [];
    touched = false;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') {
      quoted = true;
      touched = true;
    } else if (ch === delimiter) {
      endCell();
      touched = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRow();
    } else {
      cell += ch;
      touched = true;
    }
  }
  if (touched || cell !== '' || row.length) endRow();
  return rows;
}

/** Rows as CSV text, quoting any cell that needs it, with Windows line endings for spreadsheets. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** Hands the browser a file made here, as if it had been downloaded. */
export function saveFile(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  // The byte-order mark makes Excel read the file as UTF-8, so names like Zoë survive.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the address is let go.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
