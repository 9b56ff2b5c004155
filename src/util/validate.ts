/**
 * Argument checks shared by every public entry point, so a wrong call fails at the door with a message that
 * names the argument instead of deep inside a stage.
 *
 * @module
 */

/** Describe a value's type for an error message: `number`, `null`, `array`, `object`, … */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Throw `TypeError: newsleuth: <name> must be a string, got <type>` unless `value` is a string.
 *
 * @param value The argument to check.
 * @param name The argument's name as the caller knows it (`text`, `a`, `options.knownNames[2]`).
 */
export function assertString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`newsleuth: ${name} must be a string, got ${describeType(value)}`);
  }
}

/**
 * Throw a `TypeError` naming `name` unless `value` is `undefined` or a plain object.
 *
 * @param value The options argument.
 * @param name Its name, usually `options`.
 */
export function assertOptions(value: unknown, name = 'options'): asserts value is object | undefined {
  if (value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) {
    throw new TypeError(`newsleuth: ${name} must be an object, got ${describeType(value)}`);
  }
}
