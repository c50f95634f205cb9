import { defineConfig } from 'vite';

/** Storybook's own Vite config: nothing beyond Vite's defaults. */
export default defineConfig({});
