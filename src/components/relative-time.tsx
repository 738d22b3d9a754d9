// <RelativeTime seconds={unix}/>: "3 minutes ago" as a <time> whose title and dateTime carry the exact moment, in the chosen language.
import { useFormat, useMessages } from '../i18n/use-i18n.ts';

export function RelativeTime({ seconds }: { seconds: number | undefined }) {
  const format = useFormat();
  const never = useMessages().common.time.never;
  if (seconds === undefined) return <span className="muted">{never}</span>;
  const date = new Date(seconds * 1000);
  return (
    <time dateTime={date.toISOString()} title={format.dateTime(date)}>
      {format.relative(seconds)}
    </time>
  );
}
