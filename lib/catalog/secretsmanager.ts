import type { CatalogEntry } from './types';

export const secretsmanager: CatalogEntry[] = [];
