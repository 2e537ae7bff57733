/**
 * The Document example of the Dremel paper (Melnik et al., VLDB 2010, figures
 * 2 and 3), the example the Parquet nested encoding follows. The level tables
 * below are the paper's column stripes (value, r, d), written down from it.
 */
import { describe, expect, it } from 'vitest'
import { assembleField, assembleRows } from '../../src/dremel/assemble.js'
import { shredRows } from '../../src/dremel/shred.js'
import { BYTE_ARRAY, columns, group, INT64, leaf, levelPairs, node, schemaOf, triples } from './helpers.js'

// message Document {
//   required int64 DocId;
//   optional group Links { repeated int64 Backward; repeated int64 Forward; }
//   repeated group Name {
//     repeated group Language { required string Code; optional string Country; }
//     optional string Url;
//   }
// }
const schema = schemaOf(
  leaf('DocId', 'required', INT64),
  group('Links', 'optional', [leaf('Backward', 'repeated', INT64), leaf('Forward', 'repeated', INT64)]),
  group('Name', 'repeated', [
    group('Language', 'repeated', [leaf('Code', 'required', BYTE_ARRAY), leaf('Country', 'optional', BYTE_ARRAY)]),
    leaf('Url', 'optional', BYTE_ARRAY),
  ]),
)

// Figure 3: the column stripes as (r, d, value).
const stripes = {
  DocId: { values: [10, 20], numLevels: 2 },
  'Links.Backward': triples([[0, 1], [0, 2, 10], [1, 2, 30]]),
  'Links.Forward': triples([[0, 2, 20], [1, 2, 40], [1, 2, 60], [0, 2, 80]]),
  'Name.Language.Code': triples([[0, 2, 'en-us'], [2, 2, 'en'], [1, 1], [1, 2, 'en-gb'], [0, 1]]),
  'Name.Language.Country': triples([[0, 3, 'us'], [2, 2], [1, 1], [1, 3, 'gb'], [0, 1]]),
  'Name.Url': triples([[0, 2, 'http://A'], [1, 2, 'http://B'], [1, 1], [0, 2, 'http://C']]),
}

// Figure 2: records r1 and r2 (a repeated field with no occurrence is []).
const r1 = {
  DocId: 10,
  Links: { Backward: [], Forward: [20, 40, 60] },
  Name: [
    {
      Language: [
        { Code: 'en-us', Country: 'us' },
        { Code: 'en', Country: null },
      ],
      Url: 'http://A',
    },
    { Language: [], Url: 'http://B' },
    { Language: [{ Code: 'en-gb', Country: 'gb' }], Url: null },
  ],
}
const r2 = {
  DocId: 20,
  Links: { Backward: [10, 30], Forward: [80] },
  Name: [{ Language: [], Url: 'http://C' }],
}

describe('Dremel paper Document example', () => {
  it('has the maximum levels of the paper', () => {
    const max = (p: string) => [node(schema, p).maxRepetitionLevel, node(schema, p).maxDefinitionLevel]
    expect(max('DocId')).toEqual([0, 0])
    expect(max('Links.Backward')).toEqual([1, 2])
    expect(max('Name.Language.Code')).toEqual([2, 2])
    expect(max('Name.Language.Country')).toEqual([2, 3])
    expect(max('Name.Url')).toEqual([1, 2])
  })

  it('assembles r1 and r2 from the column stripes', () => {
    expect(assembleRows(schema, columns(schema, stripes))).toEqual([r1, r2])
  })

  it('assembles one field alone', () => {
    const cols = columns(schema, stripes)
    expect(assembleField(node(schema, 'Links'), cols)).toEqual([r1.Links, r2.Links])
    expect(assembleField(node(schema, 'DocId'), cols)).toEqual([10, 20])
  })

  it('shreds r1 and r2 into the column stripes', () => {
    const shredded = shredRows(schema, [r1, r2])
    expect(shredded.map((c) => c.column.path.join('.'))).toEqual(Object.keys(stripes))
    for (const col of shredded) {
      const expected = stripes[col.column.path.join('.') as keyof typeof stripes]
      expect(levelPairs(col)).toEqual(levelPairs(expected))
      expect(col.values).toEqual(Array.from(expected.values))
    }
    expect(shredded[0]!.definitionLevels).toBeUndefined()
    expect(shredded[0]!.repetitionLevels).toBeUndefined()
  })

  it('checks the row count against numRows', () => {
    expect(() => assembleRows(schema, columns(schema, stripes), { numRows: 3 })).toThrow(
      expect.objectContaining({ code: 'LEVELS_INVALID' }),
    )
  })
})
