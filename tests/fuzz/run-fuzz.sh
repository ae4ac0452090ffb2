#!/bin/sh
# Builds a libFuzzer target with clang (address + undefined sanitizers, coverage in our own code), makes
# its seed corpus (nothing binary committed: media with the ffmpeg CLI, xlsx and zip packages with
# python3, catalogs from tests/fuzz/seeds-catalog_xml) and fuzzes it for a bounded time.
# Exit 0 when no crash, leak or hang was found.
# Usage: tests/fuzz/run-fuzz.sh [seconds, default 60] [build dir, default build-fuzz] [target, default media_probe]
# Targets: media_probe, catalog_xml, xlsx_reader, package_reader.
# Builds and the configure step take the machine's build lock (SD_BUILD_LOCK, default /tmp/sd-build.lock).
set -eu
SECONDS_TO_RUN=${1:-60}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${2:-$SRC/build-fuzz}
TARGET=${3:-media_probe}
command -v clang++ >/dev/null || { echo "run-fuzz: clang++ is not installed (apt-get install clang)" >&2; exit 2; }
LOCK=${SD_BUILD_LOCK:-/tmp/sd-build.lock}

if [ ! -f "$BUILD/build.ninja" ]; then
  flock "$LOCK" cmake -S "$SRC" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" \
    -DSUBMITDESK_BUILD_FUZZ=ON -DSUBMITDESK_BUILD_BENCH=OFF >/dev/null
fi
flock "$LOCK" ninja -C "$BUILD" -j2 "fuzz_$TARGET"

CORPUS=$BUILD/fuzz-corpus/$TARGET
mkdir -p "$CORPUS"
# tests/fuzz/regressions(-<target>) holds inputs that once crashed or tripped a limit; they are run first.
case "$TARGET" in
media_probe)
  command -v ffmpeg >/dev/null || { echo "run-fuzz: ffmpeg is not installed" >&2; exit 2; }
  SEEDS=$BUILD/fuzz-corpus/seeds
  REGRESSIONS=$SRC/tests/fuzz/regressions
  mkdir -p "$SEEDS"
  if [ -z "$(ls "$SEEDS")" ]; then
    ff() { ffmpeg -nostdin -v error -y "$@"; }
    ff -f lavfi -i testsrc2=s=64x48:r=25:d=0.2 -f lavfi -i sine=r=8000:d=0.2 -c:v libx264 -preset ultrafast \
       -c:a aac -b:a 16k -movflags +faststart "$SEEDS/a.mp4"
    ff -f lavfi -i testsrc2=s=64x48:r=25:d=0.2 -c:v libx264 -preset ultrafast "$SEEDS/late.mp4"
    ff -f lavfi -i testsrc2=s=64x48:r=25:d=0.2 -c:v libx264 -preset ultrafast -f mov "$SEEDS/q.mov"
    ff -f lavfi -i sine=r=8000:d=0.3 -c:a libmp3lame -b:a 8k "$SEEDS/a.mp3"
    ff -f lavfi -i sine=r=8000:d=0.1 -f wav "$SEEDS/a.wav"
    ff -f lavfi -i testsrc2=s=64x48:r=25:d=0.2 -c:v libx264 -preset ultrafast -f matroska "$SEEDS/a.mkv"
    ff -f lavfi -i testsrc2=s=64x48:r=25:d=0.2 -c:v mpeg2video -f mpegts "$SEEDS/a.ts"
  fi
  MAX_LEN=262144
  ;;
catalog_xml)
  SEEDS=$SRC/tests/fuzz/seeds-catalog_xml
  REGRESSIONS=$SRC/tests/fuzz/regressions-catalog_xml
  MAX_LEN=65536
  ;;
xlsx_reader|package_reader)
  command -v python3 >/dev/null || { echo "run-fuzz: python3 is not installed" >&2; exit 2; }
  SEEDS=$BUILD/fuzz-corpus/seeds-$TARGET
  REGRESSIONS=$SRC/tests/fuzz/regressions-$TARGET
  [ -d "$SEEDS" ] || python3 "$SRC/tests/fuzz/make-seeds.py" "$TARGET" "$SEEDS"
  MAX_LEN=131072
  ;;
*)
  echo "run-fuzz: unknown target $TARGET" >&2; exit 2 ;;
esac
[ -d "$REGRESSIONS" ] || REGRESSIONS=

# -timeout: one input may take at most 10 s (the probe's own limit is 2 s).
# -malloc_limit_mb: no single allocation over 1 GiB for any input (a hostile size field must not make the
# code allocate it); -rss_limit_mb bounds the whole process, whose RSS under ASan (quarantine, libav's
# caches, the growing corpus) sits around 600 MB for the media probe and briefly spikes; a smaller
# quarantine keeps it steady.
export ASAN_OPTIONS="${ASAN_OPTIONS:-quarantine_size_mb=64:malloc_context_size=10}"
# UBSan only reports and goes on by default, so an overflow would pass the run: in the XML and package
# targets it stops the run and leaves the input (left as it was for the media probe, whose owners decide).
if [ "$TARGET" != media_probe ]; then
  export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
fi
# shellcheck disable=SC2086 # REGRESSIONS is one directory or nothing
"$BUILD/tests/fuzz/fuzz_$TARGET" -max_total_time="$SECONDS_TO_RUN" -timeout=10 -rss_limit_mb=3072 \
  -malloc_limit_mb=1024 -max_len=$MAX_LEN -print_final_stats=1 -artifact_prefix="$BUILD/fuzz-corpus/$TARGET-" \
  "$CORPUS" "$SEEDS" $REGRESSIONS
echo "run-fuzz: $TARGET: no crash, leak or hang in ${SECONDS_TO_RUN} s"
