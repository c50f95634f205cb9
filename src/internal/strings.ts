import { defineStrings } from './locale-controller.js';

/** UI strings shared by every widget. @internal */
export const commonStrings = defineStrings({
  en: {
    errorTitle: 'This widget could not show its data',
    errorHelp: 'Fix the fields below, or remove the data to show the default brief.',
    loading: 'Loading…',
    sources: 'Sources',
    sourceLine: 'Sources:',
    sourceLineOne: 'Source:',
    dataBy: 'data: {producer}',
    confidenceHigh: 'high confidence',
    confidenceMedium: 'medium confidence',
  },
  es: {
    errorTitle: 'Este widget no pudo mostrar sus datos',
    errorHelp: 'Corrija los campos siguientes o quite los datos para mostrar el informe predeterminado.',
    loading: 'Cargando…',
    sources: 'Fuentes',
    sourceLine: 'Fuentes:',
    sourceLineOne: 'Fuente:',
    dataBy: 'datos: {producer}',
    confidenceHigh: 'confianza alta',
    confidenceMedium: 'confianza media',
  },
});
