export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.geometry.ts', 'src/components/**/*.strings.ts'],
  outdir: 'dist',
  litelement: true,
};
