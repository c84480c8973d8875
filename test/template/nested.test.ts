import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { nestedTemplateFiles, nestedTemplateNames, withNestedTemplates } from '../../lib/template/nested';

const stack = (extra: Record<string, unknown>) => ({ Type: 'AWS::CloudFormation::Stack', ...extra });

describe('nested stack templates', () => {
  test('names come from the aws:asset:path metadata or a *.nested.template.json in TemplateURL, each once', () => {
    expect(nestedTemplateNames({
      Resources: {
        A: stack({ Metadata: { 'aws:asset:path': 'StackA.nested.template.json' } }),
        B: stack({ Properties: { TemplateURL: { 'Fn::Join': ['', ['https://s3/', 'b-1.nested.template.json']] } } }),
        C: stack({ Metadata: { 'aws:asset:path': 'b-1.nested.template.json' } }),
        D: { Type: 'AWS::S3::Bucket', Metadata: { 'aws:asset:path': 'not-a-stack.json' } },
        E: null,
        F: stack({ Metadata: { 'aws:asset:path': '../escape.json' } }),
        G: stack({ Metadata: { 'aws:asset:path': 'dir\\escape.json' } }),
        H: stack({ Metadata: { 'aws:asset:path': 42 } }),
        I: stack({ Properties: { TemplateURL: 'https://example.com/template.json' } }),
      },
    })).toEqual(['StackA.nested.template.json', 'b-1.nested.template.json']);
    expect(nestedTemplateNames(null)).toEqual([]);
    expect(nestedTemplateNames({})).toEqual([]);
  });

  test('files are followed recursively, each once, and only those that exist', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-nested-'));
    const write = (name: string, body: unknown) => fs.writeFileSync(path.join(dir, name), typeof body === 'string' ? body : JSON.stringify(body));
    write('parent.json', { Resources: { N: stack({ Metadata: { 'aws:asset:path': 'child.nested.template.json' } }), M: stack({ Metadata: { 'aws:asset:path': 'missing.nested.template.json' } }) } });
    write('child.nested.template.json', { Resources: { N: stack({ Metadata: { 'aws:asset:path': 'grandchild.nested.template.json' } }), Loop: stack({ Metadata: { 'aws:asset:path': 'parent.json' } }) } });
    write('grandchild.nested.template.json', 'not json');
    const parent = path.join(dir, 'parent.json');
    expect(nestedTemplateFiles(parent, JSON.parse(fs.readFileSync(parent, 'utf8')))).toEqual([path.join(dir, 'child.nested.template.json')]);
    expect(withNestedTemplates([parent, parent])).toEqual([
      parent,
      path.join(dir, 'child.nested.template.json'),
      path.join(dir, 'grandchild.nested.template.json'),
    ]);
  });
});
