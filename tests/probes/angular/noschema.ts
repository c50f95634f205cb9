// Without CUSTOM_ELEMENTS_SCHEMA, Angular rejects the tag.
import { Component } from '@angular/core';

@Component({
  selector: 'app-no-schema',
  template: `<brief-indicator-card indicator="overdose-deaths" />`,
})
export class NoSchema {}
