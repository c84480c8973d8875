import type { CatalogEntry } from './types';

export const apigateway: CatalogEntry[] = [];
