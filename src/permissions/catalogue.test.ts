// Tests that the committed catalogue is exactly what the build script makes of the committed operation list, and its lookups.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  OUTPUT,
  parseOperationsTsv,
  readOperationList,
  renderCatalogueModule,
} from '../../scripts/build-api-catalogue.ts';
import { API_OPERATIONS } from './api-catalogue.gen.ts';
import { createCatalogue, loadCatalogue } from './catalogue.ts';

describe('the generated catalogue', () => {
  it('is current: regenerating from the committed operation list gives the committed file', () => {
    const rows = readOperationList();
    expect(rows).toHaveLength(482);
    expect(readFileSync(OUTPUT, 'utf8')).toBe(renderCatalogueModule(rows));
    expect(resolve(OUTPUT)).toMatch(/src\/permissions\/api-catalogue\.gen\.ts$/);
  });

  it('holds the 482 operations in 40 groups, with known facts', async () => {
    const catalogue = await loadCatalogue();
    expect(catalogue.operations).toHaveLength(482);
    expect(catalogue.groups).toHaveLength(40);
    expect(catalogue.get('User:listUsers')).toEqual({
      api: 'User:listUsers',
      group: 'User',
      operationId: 'listUsers',
      method: 'GET',
      path: '/operators/{operator_id}/users',
    });
    expect(catalogue.get('Auth:logout')).toMatchObject({ method: 'POST' });
    expect(catalogue.get('User:listusers')).toBeUndefined();
    expect(catalogue.countMatching('*')).toBe(482);
    expect(catalogue.countMatching('User:*')).toBe(27);
    expect(catalogue.countMatching('Nothing:*')).toBe(0);
    expect(catalogue.matching('User:*User*Password').map((operation) => operation.api)).toEqual([
      'User:createUserPassword',
      'User:deleteUserPassword',
      'User:hasUserPassword',
      'User:updateUserPassword',
    ]);
    expect(catalogue.pathVariables('User:updateUserPassword')).toEqual(['operator_id', 'user_name']);
    expect(catalogue.pathVariables('Nothing:here')).toEqual([]);
    expect(await loadCatalogue()).toBe(catalogue);
  });

  it('rejects a malformed TSV instead of dropping lines', () => {
    const header = 'group\toperationId\tmethod\tpath';
    expect(() => parseOperationsTsv('name\tid\n')).toThrow(/header/);
    expect(() => parseOperationsTsv(`${header}\nUser\tlistUsers\tGET\n`)).toThrow(/Line 2: expected 4/);
    expect(() => parseOperationsTsv(`${header}\nUser\tlistUsers\tFETCH\t/x\n`)).toThrow(
      /unknown HTTP method/,
    );
    expect(() =>
      parseOperationsTsv(`${header}\nUser\tlistUsers\tGET\t/x\nUser\tlistUsers\tGET\t/y\n`),
    ).toThrow(/appears twice/);
    expect(createCatalogue(parseOperationsTsv(`${header}\r\nA\tb\tGET\t/a/{x}\r\n`)).operations).toEqual([
      { api: 'A:b', group: 'A', operationId: 'b', method: 'GET', path: '/a/{x}' },
    ]);
  });

  it('is sorted by group then operation', () => {
    const names = API_OPERATIONS.map((row) => `${row.group}:${row.operationId}`);
    expect(names).toEqual(
      [...names].sort((a, b) => {
        const [ga = '', oa = ''] = a.split(':');
        const [gb = '', ob = ''] = b.split(':');
        return ga.localeCompare(gb, 'en') || oa.localeCompare(ob, 'en');
      }),
    );
  });
});
