/** `1 page`, `2 pages`: counts in the build's log lines (for developers, in English). */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
