/**
 * RFC 4180 CSV with formula-injection protection: a cell that a spreadsheet
 * would run as a formula (starting with = + - @ or a tab) gets a leading
 * apostrophe, since quotes from untrusted reports end up in these cells.
 * A cell holding `;` is quoted too: spreadsheets in locales whose list
 * separator is `;` split on it, and `a;=1+1` would start a new cell with a formula.
 */
export function toCsv(rows: readonly (readonly (string | number | boolean)[])[]): string {
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

function cell(value: string | number | boolean): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
  return /[",;\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}
