// What a Solid app writes: the glue (one type import) and every element. Solid sets
// `prop:` as a property and `attr:`/`bool:` as an attribute, and `on:` listens to the event
// by its exact name (plain names work too on a custom element).
import type {} from 'briefing-widgets/solid';
import 'briefing-widgets';
import type { BriefIndicatorCard } from 'briefing-widgets';
import { usMexico2022 } from 'briefing-widgets/data';

export function App() {
  let card: BriefIndicatorCard | undefined;
  return (
    <>
      <brief-indicator-card
        ref={card}
        indicator="overdose-deaths"
        theme="dark"
        lang="es-MX"
        attr:heading-level={2}
        prop:compact={true}
        prop:brief={usMexico2022}
        on:brief-load={(event) => console.log(event.brief.title)}
        on:brief-error={(event) => console.log(event.problems.map((problem) => problem.path))}
      />
      <brief-indicator-grid indicators="overdose-deaths,border-encounters" prop:theme="light" class="grid" />
      <brief-recommendation-checklist attr:actor-filter="congress" on:change={(event) => console.log(event.actionId, event.checked)} />
      <brief-timeline layout="vertical" now="2026-07-01" on:brief-select={(event) => console.log(event.id, event.scenarioId)} />
    </>
  );
}
