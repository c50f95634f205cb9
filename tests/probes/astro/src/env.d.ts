// The glue, once per app: types the briefing-widgets tags in every .astro template.
import type {} from 'briefing-widgets/astro';
