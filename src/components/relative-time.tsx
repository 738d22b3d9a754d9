// <RelativeTime seconds={unix}/>: "3 minutes ago" as a <time> whose title and dateTime carry the exact moment.
const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31536000],
  ['month', 2592000],
  ['week', 604800],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const exact = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'long' });

/** "5 minutes ago" / "in 2 days" for a UNIX time in seconds, measured from `now` (ms). */
export function formatRelative(seconds: number, now: number = Date.now()): string {
  const delta = seconds - Math.round(now / 1000);
  const abs = Math.abs(delta);
  if (abs < 45) return 'just now';
  for (const [unit, size] of units) {
    if (abs >= size) return relative.format(Math.round(delta / size), unit);
  }
  return 'just now';
}

export function formatExact(seconds: number): string {
  return exact.format(new Date(seconds * 1000));
}

export function RelativeTime({ seconds }: { seconds: number | undefined }) {
  if (seconds === undefined) return <span className="muted">never</span>;
  const date = new Date(seconds * 1000);
  return (
    <time dateTime={date.toISOString()} title={formatExact(seconds)}>
      {formatRelative(seconds)}
    </time>
  );
}
