import { lang } from '../i18n/lang';

/** A line of the core's words that starts a sentence on the page: "from 14 November 2022" → "From 14 November 2022". */
export function sentenceStart(text: string): string {
  return text.charAt(0).toLocaleUpperCase(lang()) + text.slice(1);
}
