/**
 * Briefs this copy of the library knows to be valid: the bundled brief and its parts, and
 * every brief a widget has validated. A widget takes one of them without validating it
 * again (a grid's cards share their grid's brief).
 * @internal
 */
export const trustedBriefs = new WeakSet<object>();
