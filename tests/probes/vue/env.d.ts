// The glue, once per app (e.g. src/env.d.ts): types the briefing-widgets tags in every template.
import type {} from 'briefing-widgets/vue';
