#!/usr/bin/env bash
# Regenerates xxhsum-vectors.json with Debian's xxhsum (apt package `xxhash`):
# XXH64 (seed 0) of inputs of length 0..130 whose byte i is (i * 31 + len) & 255,
# so every stripe/tail path of the algorithm is covered.
set -euo pipefail
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
echo '['
for len in $(seq 0 130); do
  node -e "const n=$len;const b=Buffer.alloc(n);for(let i=0;i<n;i++)b[i]=(i*31+n)&255;process.stdout.write(b)" > "$dir/in"
  hash=$(xxhsum -H64 "$dir/in" | cut -d' ' -f1)
  sep=','; [ "$len" = 130 ] && sep=''
  echo "  { \"length\": $len, \"xxh64\": \"$hash\" }$sep"
done
echo ']'
