import type {} from 'briefing-widgets/solid';

// A typo'd attribute: `indicatr` for `indicator`.
export const typo = <brief-indicator-card indicatr="overdose-deaths" />;
