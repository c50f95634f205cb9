export default {
  // The elements, and the base class whose shared properties they inherit.
  globs: ['src/components/**/*.ts', 'src/internal/brief-element.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.geometry.ts', 'src/components/**/*.strings.ts'],
  outdir: 'dist',
  litelement: true,
};
