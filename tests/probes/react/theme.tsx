import type {} from 'briefing-widgets/react';

// A theme the widgets do not have.
export const theme = <brief-indicator-card indicator="overdose-deaths" theme="purple" />;
