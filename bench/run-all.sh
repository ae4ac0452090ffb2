#!/bin/sh
# Runs every benchmark under bench/: each script bench/*/*.sh (given the built submitdesk-cli as first
# argument) and each built bench_* executable under BUILD_DIR/bench/. Benchmarks print ratios against
# peers measured in the same run; this script only runs them one after the other and sums up.
# Usage: bench/run-all.sh [BUILD_DIR]          (default: <source>/build, built with `ninja -C build`)
#        SD_BENCH_ONLY=workspace bench/run-all.sh   runs only benches whose path contains the word.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(cd "${1:-$HERE/../build}" && pwd) || { echo "run-all: no build directory" >&2; exit 2; }
CLI="$BUILD/app/cli/submitdesk-cli"
ONLY=${SD_BENCH_ONLY:-}
failed=""
ran=0

run() {
    name=$1
    shift
    case "$name" in *"$ONLY"*) ;; *) return 0 ;; esac
    echo "=== $name"
    start=$(date +%s)
    if "$@"; then status=ok; else status="FAILED ($?)"; failed="$failed $name"; fi
    echo "=== $name: $status, $(( $(date +%s) - start )) s"
    echo
    ran=$((ran + 1))
}

[ -x "$CLI" ] || echo "run-all: $CLI is not built; scripts that need it will fail" >&2
for script in "$HERE"/*/*.sh; do
    [ -f "$script" ] || continue
    run "${script#"$HERE"/}" sh "$script" "$CLI"
done
for exe in $(find "$BUILD/bench" -type f -name 'bench_*' -perm -u+x 2>/dev/null | sort); do
    run "${exe#"$BUILD"/}" "$exe"
done

echo "run-all: $ran benchmark(s) run${failed:+; failed:$failed}"
[ -z "$failed" ]
