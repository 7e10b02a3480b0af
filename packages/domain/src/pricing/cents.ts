/** Checks an amount in integer cents, 0 or more; throws an error naming `what` otherwise. */
export function checkCents(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} ${value} must be a whole number of cents, 0 or more`);
  }
  return value;
}

/** a × b, refused when the result is too large to stay an exact integer. */
export function multiplyCents(a: number, b: number, what: string): number {
  const product = a * b;
  if (!Number.isSafeInteger(product)) throw new RangeError(`${what} ${a} × ${b} is too large to count in cents`);
  return product;
}

export function sumCents(values: readonly number[], what: string): number {
  const total = values.reduce((sum, value) => sum + value, 0);
  if (!Number.isSafeInteger(total)) throw new RangeError(`${what} is too large to count in cents`);
  return total;
}
