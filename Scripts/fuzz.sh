#!/usr/bin/env bash
# Fuzzes the readers, the outline parser, the target extractor and the JSON reader with
# libFuzzer (swiftc -sanitize=fuzzer). Not run in CI. Usage: Scripts/fuzz.sh [SECONDS]
# Leak detection is off: FoundationXML leaks a CFString on every XML parse error, outside this code.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
out=.build-fuzz
mkdir -p "$out/corpus" "$out/crashes"
cp seeds/*.txt Tests/PlanAlignKitTests/Fixtures/*.txt Tests/PlanAlignKitTests/Fixtures/formats/* "$out/corpus/" 2>/dev/null || true
# The built-in mappings are generated source (the EmbedMappings plugin); make them here too.
swift build --product MappingsEmbedder >/dev/null
.build/debug/MappingsEmbedder "$out/BuiltInMappings.swift" lexicon=mappings/lexicon.json indicators=mappings/indicators.json
mapfile -t sources < <(find Sources/PlanAlignKit -name '*.swift' | sort; echo "$out/BuiltInMappings.swift")
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name PlanAlignKit \
  -I Sources/CZlib -lz "${sources[@]}" Scripts/fuzz/FuzzEntry.swift -o "$out/fuzz-planalign"
"$out/fuzz-planalign" "$out/corpus" -max_total_time="$seconds" -max_len=65536 -detect_leaks=0 -artifact_prefix="$out/crashes/" -print_final_stats=1
