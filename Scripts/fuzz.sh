#!/usr/bin/env bash
# Fuzzes the readers, the outline parser, the target extractor and the JSON readers with
# libFuzzer (swiftc -sanitize=fuzzer). Not run in CI.
#   Scripts/fuzz.sh [SECONDS] [JOBS]
# Two builds: a fast one without AddressSanitizer for the long run (about 15–40× faster),
# and one with it that replays the whole corpus, and every crash found, afterwards.
# The first byte of an input picks the stage it drives (see Scripts/fuzz/FuzzEntry.swift).
# Leak detection is off: FoundationXML leaks a CFString on every XML parse error, outside this code.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
jobs="${2:-1}"
out=.build-fuzz
mkdir -p "$out/corpus" "$out/crashes" "$out/seeds"

# Seeds, each prefixed with the byte of the stage it belongs to.
seed() { printf "\\x$(printf %02x "$1")" > "$out/seeds/$3"; cat "$2" >> "$out/seeds/$3"; }
for file in seeds/*.txt Tests/PlanAlignKitTests/Fixtures/*.txt Tests/PlanAlignKitTests/Fixtures/formats/*.txt; do
  seed 0 "$file" "plan-$(basename "$file")"
  seed 8 "$file" "match-$(basename "$file")"
done
seed 1 Tests/PlanAlignKitTests/Fixtures/sentences.txt targets-sentences.txt
seed 2 Tests/PlanAlignKitTests/Fixtures/formats/district.html html-district.html
seed 3 Tests/PlanAlignKitTests/Fixtures/formats/district.docx docx-district.docx
seed 4 mappings/lexicon.json json-lexicon.json
seed 5 mappings/indicators.json json-indicators.json
for review in mappings/reviews/*.json; do seed 6 "$review" "json-review-$(basename "$review")"; done
seed 7 Tests/PlanAlignKitTests/Fixtures/dev-gold-links.json json-gold.json
cp "$out/seeds/"* "$out/corpus/"

# A dictionary of the tokens the readers look for.
cat > "$out/planalign.dict" <<'DICT'
"{"
"}"
"["
"]"
"\":"
"\"groups\""
"\"generic\""
"\"broader\""
"\"aliases\""
"\"canonical\""
"\"variants\""
"\"links\""
"\"decision\""
"\"fingerprint\""
"\"priorities\""
"\"required\""
"\xe4\xb8\x80\xe3\x80\x81"
"\xef\xbc\x88\xe4\xb8\x80\xef\xbc\x89"
"\xe7\x89\xb5\xe5\xa4\xb4\xe7\xa7\x91\xe5\xae\xa4\xef\xbc\x9a"
"\xe4\xbb\xa5\xe4\xb8\x8a"
"/10\xe4\xb8\x87"
"<p>"
"<pre>"
"<br>"
"PK\x03\x04"
DICT

# The built-in mappings are generated source (the EmbedMappings plugin); make them here too.
swift build --product MappingsEmbedder >/dev/null
.build/debug/MappingsEmbedder "$out/BuiltInMappings.swift" lexicon=mappings/lexicon.json indicators=mappings/indicators.json targets=mappings/targets.json
mapfile -t sources < <(find Sources/PlanAlignKit -name '*.swift' | sort; echo "$out/BuiltInMappings.swift")
build() {
  swiftc "-sanitize=$1" -parse-as-library -O -module-name PlanAlignKit \
    -I Sources/CZlib -I Sources/CMalloc -lz "${sources[@]}" Scripts/fuzz/FuzzEntry.swift -o "$2"
}
build fuzzer "$out/fuzz-fast"
build fuzzer,address "$out/fuzz-asan"

# The long run, without ASan; -timeout reports inputs slower than 5 s as findings.
"$out/fuzz-fast" "$out/corpus" -dict="$out/planalign.dict" -max_total_time="$seconds" -max_len=65536 -timeout=5 \
  -rss_limit_mb=4096 -jobs="$jobs" -workers="$jobs" -artifact_prefix="$out/crashes/" -print_final_stats=1 2>&1 | tail -n 40
# Replay the corpus and the findings under ASan.
"$out/fuzz-asan" -runs=0 -detect_leaks=0 -timeout=10 "$out/corpus" 2>&1 | tail -n 5
if compgen -G "$out/crashes/*" > /dev/null; then
  "$out/fuzz-asan" -detect_leaks=0 "$out"/crashes/* 2>&1 | tail -n 20
  echo "fuzz: findings in $out/crashes" >&2
  exit 1
fi
