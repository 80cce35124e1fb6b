/**
 * A reminder to check again, as an iCalendar file (RFC 5545). It holds one neutral line and the
 * tool's address only: no answer, level, substance or name can reach it, since none is passed in.
 */
export interface CheckAgainEvent {
  /** When the file is made: DTSTAMP, and the day the weeks are counted from. */
  now: Date;
  weeks: number;
  /** Unique for each file, e.g. crypto.randomUUID(). */
  uid: string;
  /** One neutral line, e.g. "Tjek igen". */
  summary: string;
  /** One line for the description, put before the address. */
  line: string;
  /** The tool's address: location.origin + location.pathname. */
  address: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A calendar date, as the person's own calendar shows it (local time). */
export function icsDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
}

/** A moment in UTC, as DTSTAMP needs it (RFC 5545 §3.8.7.2). */
export function icsUtcTime(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** The day `days` after `date`, by the calendar (a daylight-saving change does not move it). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines longer than 75 octets go on in lines that start with a space, never inside a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** The .ics text: one VEVENT on the day `weeks` from `now`, lasting that whole day. */
export function calendarEvent(event: CheckAgainEvent): string {
  const day = addDays(event.now, event.weeks * 7);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rusmiddeltjek//Tjek igen//DA',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${icsUtcTime(event.now)}`,
    `DTSTART;VALUE=DATE:${icsDate(day)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(day, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(`${event.line}\n${event.address}`)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
