/**
 * The public API only, at the paths the package ships.
 *
 * STYLE 7.9 says "no custom plugins", but issue 8 asks for "a manifest plugin or analyzer
 * settings", and analyzer 0.11 has no setting for either job: `--litelement` keeps
 * `private` and `protected` members (Storybook listed ~57 controls for one element), and
 * module paths are the analyzed `src/*.ts` files, which the package does not resolve to.
 * So this one small plugin runs last (`packageLinkPhase`, after inheritance is applied and
 * unexported declarations are dropped) and:
 * - drops `private` and `protected` members and static `styles` (`@internal` ones the
 *   analyzer already skips);
 * - drops declarations their module does not export (locals the analyzer mistook for
 *   module variables), then modules left empty: `BriefElement` is `@internal`, so its
 *   module goes, while the elements keep the members they inherit from it;
 * - points every module path and reference at the built file (`src/x.ts` → `dist/x.js`).
 * tests/e2e/docs.test.js and package.test.js check the result.
 */
function publicApiAtShippedPaths() {
  const isPublic = (member) =>
    member.privacy !== 'private' &&
    member.privacy !== 'protected' &&
    !member.name.startsWith('#') &&
    !(member.static && member.name === 'styles');
  const shipped = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
  /** Rewrites `module` in every reference (exports, superclass, inheritedFrom…), wherever it sits. */
  const rewriteReferences = (value) => {
    if (Array.isArray(value)) value.forEach(rewriteReferences);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'module' && typeof inner === 'string') value.module = shipped(inner);
        else rewriteReferences(inner);
      }
    }
  };
  return {
    name: 'briefing-widgets: public API at shipped paths',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules.filter((module) => {
        const exported = new Set(module.exports?.map((entry) => entry.declaration.name));
        module.declarations = (module.declarations ?? []).filter((declaration) =>
          exported.has(declaration.name),
        );
        for (const declaration of module.declarations) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
        }
        module.path = shipped(module.path);
        return module.declarations.length > 0 || (module.exports?.length ?? 0) > 0;
      });
      rewriteReferences(modules);
      customElementsManifest.modules = modules;
    },
  };
}

export default {
  // Each element's own module (`<tag>/<tag>.ts`; its `<tag>.<role>.ts` helpers are
  // internal), and the base class whose shared properties the elements inherit.
  globs: ['src/components/*/brief-*.ts', 'src/internal/brief-element.ts'],
  exclude: ['src/components/**/*.*.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [publicApiAtShippedPaths()],
};
