export { MAX_NESTING } from './hostile-text';
export { decodeUtf8, findInvalidUtf8, type InvalidUtf8 } from './utf8';
export { MAX_RECORD_BYTES, MAX_RECORD_SIZE, parseYamlRecord, type YamlRecordOptions, type YamlRecordResult } from './parse-yaml-record';
