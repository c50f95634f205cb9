/**
 * A linear map from a domain to a range, the one piece of d3-scale the widgets need:
 * d3-scale's `scaleLinear` and `scaleUtc` bring d3-interpolate, d3-color, d3-format and
 * d3-time-format with them (about 9 KB compressed in the embed) for interpolators and
 * tick formats the widgets never use (`Intl` formats their labels). Pure.
 * @internal
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  // A domain of one value maps to the middle of the range, as d3's linear scale does.
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}
