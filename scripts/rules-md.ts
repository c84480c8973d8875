// Regenerate RULES.md from the catalog: npm run rules-md
import * as fs from 'fs';
import * as path from 'path';
import { renderRulesMarkdown } from '../lib/catalog/markdown';

fs.writeFileSync(path.join(__dirname, '..', 'RULES.md'), renderRulesMarkdown());
