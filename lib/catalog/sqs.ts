import type { CatalogEntry } from './types';

export const sqs: CatalogEntry[] = [];
