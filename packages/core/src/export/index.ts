export { exportCsv, CSV_COLUMNS, type CsvOptions } from './csv';
export { exportIcs, type IcsOptions } from './ics';
export { exportPopolo, type PopoloDocument } from './popolo';
export { exportJson } from './json';
