import { Transform } from 'class-transformer';

/** Trims a string input before it is validated (so "   " counts as empty). */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
