import type { Server } from 'node:http';

export function resolveFile(root: string, urlPath: string): string | null;
export function startServer(options?: { root?: string; port?: number; host?: string }): Promise<Server>;
export function contentType(file: string): string;
export function parsePort(value: unknown): number | null;
