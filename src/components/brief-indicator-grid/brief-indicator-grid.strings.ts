import { defineStrings } from '../../internal/locale-controller.js';

/** @internal */
export const gridStrings = defineStrings({
  en: {
    worseningOne: '{count} of {total} indicators worsening',
    worsening: '{count} of {total} indicators worsening',
    improvingOne: '{count} improving',
    improving: '{count} improving',
    mixedOne: '{count} mixed',
    mixed: '{count} mixed',
    steadyOne: '{count} steady',
    steady: '{count} steady',
    according: 'according to {publisher}',
    unknownIds: 'no indicator with id {ids} in brief "{brief}"; known ids: {known}',
    empty: 'lists no indicator: give ids separated by commas, e.g. "{example}"',
    noIndicators: 'the brief has no indicators to show',
  },
  es: {
    worseningOne: 'empeora {count} de {total} indicadores',
    worsening: 'empeoran {count} de {total} indicadores',
    improvingOne: '{count} mejora',
    improving: '{count} mejoran',
    mixedOne: '{count} mixto',
    mixed: '{count} mixtos',
    steadyOne: '{count} estable',
    steady: '{count} estables',
    according: 'según {publisher}',
    unknownIds: 'no hay un indicador con id {ids} en el informe "{brief}"; ids conocidos: {known}',
    empty: 'no indica ningún indicador: escriba ids separados por comas, p. ej. "{example}"',
    noIndicators: 'el informe no tiene indicadores que mostrar',
  },
});
