// The module the Lit plugin imports before rendering (its `componentModules`): the package's
// server entry, which installs Lit SSR's DOM shim, loads the bundled brief and the validator
// (so each widget renders in one synchronous pass) and then registers every element.
// eslint-disable-next-line import-x/extensions -- the package's own entry
import 'briefing-widgets/ssr';
