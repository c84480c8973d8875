import type { CatalogEntry } from './types';

export const ecs: CatalogEntry[] = [];
