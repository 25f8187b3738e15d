/** One data row of a CSV file, with the line it starts on so errors can point at it. */
export interface CsvRow {
  /** 1-based line number in the file where this row starts (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

class CsvSyntaxError extends Error {}

/**
 * RFC 4180 CSV, as spreadsheets write it: quoted fields may hold commas, quotes ("")
 * and line breaks. Cells are trimmed; a blank line is skipped.
 */
export function parseCsv(text: string, file = 'CSV'): CsvTable {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const src = text.replace(/^\uFEFF/, '');

  const endCell = () => {
    cells.push(cell.trim());
    cell = '';
  };
  const endRecord = () => {
    endCell();
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else cell += ch;
  }
  if (quoted) throw new CsvSyntaxError(`${file}, line ${recordLine}: a quoted cell is never closed (a " is missing).`);
  if (cell !== '' || cells.length > 0) endRecord();

  const [head, ...body] = records;
  if (!head) throw new CsvSyntaxError(`${file}: the file is empty; expected a header row.`);
  const header = head.cells;
  const rows = body.map(({ line: at, cells: values }) => {
    if (values.length !== header.length) {
      throw new CsvSyntaxError(
        `${file}, line ${at}: expected ${header.length} cells (${header.join(', ')}), found ${values.length}. ` +
          'A comma inside a cell needs the cell in double quotes.',
      );
    }
    return { line: at, values: Object.fromEntries(header.map((h, i) => [h, values[i]])) };
  });
  return { header, rows };
}
