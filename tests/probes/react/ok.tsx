// What a React 19 app writes: the glue (one type import) and every element with its
// attributes, a `brief` property and each event read through its own class.
import type {} from 'briefing-widgets/react';
import 'briefing-widgets';
import { useRef } from 'react';
import type { BriefIndicatorCard } from 'briefing-widgets';
import { usMexico2022 } from 'briefing-widgets/data';

export function App() {
  const card = useRef<BriefIndicatorCard>(null);
  return (
    <>
      <brief-indicator-card
        ref={card}
        indicator="overdose-deaths"
        theme="dark"
        lang="es-MX"
        heading-level={2}
        compact
        brief={usMexico2022}
        onbrief-load={(event) => console.log(event.brief.title)}
        onbrief-error={(event) => console.log(event.problems.map((problem) => problem.path))}
      />
      <brief-indicator-grid indicators="overdose-deaths,border-encounters" theme="light" className="grid" />
      <brief-recommendation-checklist actor-filter="congress" onchange={(event) => console.log(event.actionId, event.checked)} />
      <brief-timeline layout="vertical" now="2026-07-01" onbrief-select={(event) => console.log(event.id, event.scenarioId)} />
    </>
  );
}
