/**
 * Publication dates from document metadata → ISO yyyy-mm-dd, or null when the text is not a
 * date we can read without guessing.
 *
 * Hand-written rather than `new Date(text)`: the built-in parser is implementation-defined for
 * anything but ISO, and it converts to UTC, which moves "2026-01-12T23:30-05:00" to the 13th.
 * A publication date means the day as printed, so the date part is taken as written.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1,
  feb: 2, february: 2,
  mar: 3, march: 3,
  apr: 4, april: 4,
  may: 5,
  jun: 6, june: 6,
  jul: 7, july: 7,
  aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  oct: 10, october: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
};

const WEEKDAY_PREFIX = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i;
/** After the date itself, only a time or a time zone may follow ("…, 2026, 10:30 AM ET"). */
const TAIL = String.raw`(?:(?:[,\s]+|T).*)?`;

const ISO_LIKE = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TAIL}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_DAY_YEAR = new RegExp(String.raw`^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TAIL}$`, 'i');
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{4})${TAIL}$`, 'i');
const NUMERIC_DMY_OR_MDY = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${TAIL}$`);

export function normaliseDate(raw: string): string | null {
  const text = raw.trim().replace(/^["']|["']$/g, '').trim().replace(WEEKDAY_PREFIX, '');
  if (text === '') return null;

  let m = ISO_LIKE.exec(text) ?? COMPACT.exec(text);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));

  m = MONTH_DAY_YEAR.exec(text);
  if (m) return ymd(Number(m[3]), monthNumber(m[1]), Number(m[2]));

  m = DAY_MONTH_YEAR.exec(text);
  if (m) return ymd(Number(m[3]), monthNumber(m[2]), Number(m[1]));

  m = NUMERIC_DMY_OR_MDY.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = Number(m[3]);
    // 03/04/2026 is March 4th in the US and 3 April elsewhere: refuse rather than guess.
    if (a > 12 && b <= 12) return ymd(year, b, a);
    if (b > 12 && a <= 12) return ymd(year, a, b);
    if (a === b) return ymd(year, a, b);
    return null;
  }
  return null;
}

function monthNumber(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase()] ?? 0;
}

/** The date as yyyy-mm-dd if it exists on the calendar, else null (no rolling Feb 30 into March). */
function ymd(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
