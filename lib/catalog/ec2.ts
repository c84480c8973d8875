import type { CatalogEntry } from './types';

export const ec2: CatalogEntry[] = [];
