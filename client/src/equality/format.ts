/** A duration as the room reads it: `4:05`, or `1:02:03` past an hour. Negative counts as zero. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** A share (0…1) as a whole percentage. */
export function percent(share: number): number {
  return Math.round(share * 100);
}
