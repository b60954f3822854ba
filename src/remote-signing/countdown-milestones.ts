/**
 * When a countdown is worth saying to a screen reader: once when it starts, once at one minute
 * left, once at the end. Read every second, it would drown out everything else on the page.
 */
export type CountdownMilestone = 'start' | 'one-minute' | 'end';

/** The milestone crossed between two readings of the seconds left, if any. */
export function milestoneBetween(previous: number | undefined, now: number): CountdownMilestone | undefined {
  if (previous === undefined) return now > 0 ? 'start' : 'end';
  if (previous > 0 && now <= 0) return 'end';
  if (previous > 60 && now <= 60) return 'one-minute';
  return undefined;
}
