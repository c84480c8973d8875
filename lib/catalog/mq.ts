import type { CatalogEntry } from './types';

export const mq: CatalogEntry[] = [];
