#!/usr/bin/env bash
# Prints the content hash of the locked test half (tests/validation/test/*.json) in the form of test-half.sha256.
# Canonical serialisation: for each file in ordinal (byte) order of its name: the file name, "\n", the content with
# every carriage return removed, "\n"; SHA-256 of the whole, lower-case hex. TestHalfLockTests computes the same.
# Usage: tests/validation/hash-test-half.sh > tests/validation/test-half.sha256
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/test"
hash=$(for f in $(LC_ALL=C ls -- *.json); do printf '%s\n' "$f"; tr -d '\r' < "$f"; printf '\n'; done | sha256sum | cut -d' ' -f1)
echo "# SHA-256 of the locked test half: tests/validation/hash-test-half.sh (see tests/validation/README.md)"
echo "$hash"
