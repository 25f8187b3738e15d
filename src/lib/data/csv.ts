import { parse, CsvError } from 'csv-parse/sync';

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

/** What a writer reads when the parser refuses a line: what is wrong, and what to type instead. */
const FIX: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a cell opens with a double quote (") that is never closed. Add the closing quote, or remove the opening one.',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE:
    'a quoted cell has text after its closing quote. Put the whole cell in double quotes and double every quote inside it ("12"" gun").',
  CSV_INVALID_OPENING_QUOTE: 'a cell has a double quote in an unexpected place. Put the whole cell in double quotes and double every quote inside it.',
};

/**
 * CSV as spreadsheets write it (RFC 4180), read by csv-parse: quoted cells may hold commas, doubled
 * quotes and line breaks. A quote inside an unquoted cell (12" gun) is kept as typed, because writers
 * type inch marks by hand; a quote that would swallow the next row is refused with its line, so no
 * row is ever merged into another. Cells are trimmed; blank lines and a byte-order mark are skipped.
 */
export function parseCsv(text: string, file = 'CSV'): CsvTable {
  const records: { line: number; cells: string[] }[] = [];
  // csv-parse reports the line a record ends on; a row's first line is the line after the previous
  // row ended, plus any blank lines skipped between them.
  let ended = 0;
  let blank = 0;
  try {
    parse(text, {
      bom: true,
      trim: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (cells: string[], { lines, empty_lines }: { lines: number; empty_lines: number }) => {
        records.push({ line: ended + 1 + (empty_lines - blank), cells });
        ended = lines;
        blank = empty_lines;
        return null;
      },
    });
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    // An unclosed quote is only noticed at the end of the file: name the row it opened instead.
    const line = e.code === 'CSV_QUOTE_NOT_CLOSED' ? firstFilledLine(text, ended) : (e as CsvError & { lines: number }).lines;
    throw new CsvSyntaxError(`${file}, line ${line}: ${FIX[e.code] ?? e.message}`);
  }

  const [head, ...body] = records;
  if (!head) throw new CsvSyntaxError(`${file}: the file is empty; expected a header row.`);
  const header = head.cells;
  const rows = body.map(({ line: at, cells: values }) => {
    if (values.length !== header.length) {
      throw new CsvSyntaxError(
        `${file}, line ${at}: expected ${header.length} cells (${header.join(', ')}), found ${values.length}. ` +
          (values.length > header.length && values.at(-1) === ''
            ? 'The line ends with a comma; remove it.'
            : 'A comma inside a cell needs the cell in double quotes.'),
      );
    }
    return { line: at, values: Object.fromEntries(header.map((h, i) => [h, values[i]])) };
  });
  return { header, rows };
}

/** The first line after `after` (1-based) that is not blank. */
function firstFilledLine(text: string, after: number): number {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let n = after;
  while (n < lines.length - 1 && lines[n].trim() === '') n++;
  return n + 1;
}
