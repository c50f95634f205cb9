import type {} from 'briefing-widgets/preact';

// A theme the widgets do not have.
export const theme = <brief-indicator-card indicator="overdose-deaths" theme="purple" />;
