import { defineStrings } from '../../internal/locale-controller.js';

/** @internal */
export const gridStrings = defineStrings({
  en: {
    worseningOne: '{count} of {total} indicators worsening',
    worseningOther: '{count} of {total} indicators worsening',
    improvingOne: '{count} improving',
    improvingOther: '{count} improving',
    mixedOne: '{count} mixed',
    mixedOther: '{count} mixed',
    steadyOne: '{count} steady',
    steadyOther: '{count} steady',
    according: 'according to {publisher}',
    unknownIds: 'no indicator with id {ids} in brief "{brief}"; known ids: {known}',
    empty: 'lists no indicator: give ids separated by commas, e.g. "{example}"',
    noIndicators: 'the brief has no indicators to show',
  },
  es: {
    worseningOne: 'empeora {count} de {total} indicadores',
    worseningOther: 'empeoran {count} de {total} indicadores',
    improvingOne: '{count} mejora',
    improvingOther: '{count} mejoran',
    mixedOne: '{count} mixto',
    mixedOther: '{count} mixtos',
    steadyOne: '{count} estable',
    steadyOther: '{count} estables',
    according: 'según {publisher}',
    unknownIds: 'no hay un indicador con id {ids} en el informe "{brief}"; ids conocidos: {known}',
    empty: 'no indica ningún indicador: escriba ids separados por comas, p. ej. "{example}"',
    noIndicators: 'el informe no tiene indicadores que mostrar',
  },
});
