// What an Angular app writes: CUSTOM_ELEMENTS_SCHEMA, then attributes, `[brief]` (a
// property) and `(brief-load)` / `(change)` / `(brief-select)` (events).
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'briefing-widgets';
import { BriefChecklistChangeEvent, type BriefLoadEvent, type BriefSelectEvent } from 'briefing-widgets';
import { usMexico2022 } from 'briefing-widgets/data';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <brief-indicator-card indicator="overdose-deaths" theme="dark" heading-level="2" [brief]="brief" (brief-load)="onLoad($event)" />
    <brief-indicator-grid indicators="overdose-deaths,border-encounters" />
    <brief-recommendation-checklist actor-filter="congress" (change)="onChange($event)" />
    <brief-timeline layout="vertical" (brief-select)="onSelect($event)" />
  `,
})
export class App {
  brief = usMexico2022;
  onLoad(event: BriefLoadEvent) {
    console.log(event.brief.title);
  }
  onChange(event: Event) {
    if (event instanceof BriefChecklistChangeEvent) console.log(event.actionId, event.checked);
  }
  onSelect(event: BriefSelectEvent) {
    console.log(event.id);
  }
}
