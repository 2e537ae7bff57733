import { crc32 as zlibCrc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { crc32 } from '../../src/page/crc32.js'

describe('crc32', () => {
  const data = Uint8Array.from({ length: 4100 }, (_, i) => (i * 2654435761) >>> 24)
  it.each([0, 1, 3, 4, 7, 8, 9, 12, 15, 16, 17, 4099])('equals zlib.crc32 over %i bytes (8-, 4- and 1-byte steps)', (n) => {
    expect(crc32(data.subarray(1, 1 + n))).toBe(zlibCrc32(data.subarray(1, 1 + n)) >>> 0)
  })
  it('"123456789" gives the check value 0xCBF43926', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
  })
})
