import type {} from 'briefing-widgets/react';

// `brief` takes a Brief object, not a number.
export const brief = <brief-indicator-card indicator="overdose-deaths" brief={123} />;
