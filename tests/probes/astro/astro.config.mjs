// Stops Astro looking further up (the repository root has a vite.config.ts).
import { defineConfig } from 'astro/config';

export default defineConfig({});
