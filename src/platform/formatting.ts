export interface Formatter {
  /** A date with its time, in the user's format. */
  dateTime(value: Date): string;
  integer(value: number): string;
}

export function createFormatter(getFormatting: () => ComponentFramework.Formatting): Formatter {
  return {
    dateTime: (value) => getFormatting().formatDateShort(value, true),
    integer: (value) => getFormatting().formatInteger(value),
  };
}
