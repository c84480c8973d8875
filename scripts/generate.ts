// Write every file generated from the rules (scripts/generated.ts): npm run generate
import * as fs from 'fs';
import * as path from 'path';
import { generatedFiles, ROOT } from './generated';

for (const g of generatedFiles()) {
  const target = path.join(ROOT, g.file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const old = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
  if (old !== g.content) {
    fs.writeFileSync(target, g.content);
    console.log(`wrote ${g.file}`);
  }
}
