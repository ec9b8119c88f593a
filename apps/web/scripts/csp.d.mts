export const CSP_HEADER: string;
export const CSP_META: string;
