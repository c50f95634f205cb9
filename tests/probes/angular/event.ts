// `$event` of `(brief-load)` is a BriefLoadEvent: a handler that wants another event is an error.
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import type { BriefSelectEvent } from 'briefing-widgets';

@Component({
  selector: 'app-wrong-event',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<brief-indicator-card indicator="overdose-deaths" (brief-load)="onSelect($event)" />`,
})
export class WrongEvent {
  onSelect(event: BriefSelectEvent) {
    console.log(event.id);
  }
}
