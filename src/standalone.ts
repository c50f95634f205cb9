/**
 * The `<script>` embed: registers every element. Built into
 * `dist/standalone/briefing-widgets.js` (module) and `briefing-widgets.iife.js` (classic).
 */
export * from './index.js';
