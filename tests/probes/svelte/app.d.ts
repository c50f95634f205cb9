// The glue, once per app (SvelteKit: src/app.d.ts): types the briefing-widgets tags in every component.
import type {} from 'briefing-widgets/svelte';
