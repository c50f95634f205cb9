/**
 * One parsing rule for every attribute that lists ids (`indicators`, `categories`,
 * `actor-filter`): ids separated by commas, white space or both, in order, each once.
 * `"congress, ustr"`, `"congress ustr"` and `"congress,ustr"` are the same list.
 * @internal
 */
export function parseIdList(value: string | null | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(/[\s,]+/).filter(Boolean))];
}
