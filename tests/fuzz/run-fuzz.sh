#!/bin/sh
# Builds the libFuzzer targets with clang (address + undefined sanitizers, coverage in our own code),
# makes a seed corpus with the ffmpeg CLI (nothing committed) and fuzzes the media probe for a bounded
# time. Exit 0 when no crash, leak or hang was found.
# Usage: tests/fuzz/run-fuzz.sh [seconds, default 60] [build dir, default build-fuzz]
set -eu
SECONDS_TO_RUN=${1:-60}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${2:-$SRC/build-fuzz}
command -v clang++ >/dev/null || { echo "run-fuzz: clang++ is not installed (apt-get install clang)" >&2; exit 2; }
command -v ffmpeg >/dev/null || { echo "run-fuzz: ffmpeg is not installed" >&2; exit 2; }
LOCK=${SD_BUILD_LOCK:-/tmp/sd-build.lock}

if [ ! -f "$BUILD/build.ninja" ]; then
  flock "$LOCK" cmake -S "$SRC" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" \
    -DSUBMITDESK_BUILD_FUZZ=ON -DSUBMITDESK_BUILD_BENCH=OFF >/dev/null
fi
flock "$LOCK" ninja -C "$BUILD" -j2 fuzz_media_probe

CORPUS=$BUILD/fuzz-corpus/media_probe
SEEDS=$BUILD/fuzz-corpus/seeds
mkdir -p "$CORPUS" "$SEEDS"
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

# -timeout: one input may take at most 10 s (the probe's own limit is 2 s).
# -malloc_limit_mb: no single allocation over 1 GiB for any input (a hostile size field must not make the
# probe allocate it); -rss_limit_mb bounds the whole process, whose RSS under ASan (quarantine, libav's
# caches, the growing corpus) sits around 600 MB and briefly spikes; a smaller quarantine keeps it steady.
# tests/fuzz/regressions holds inputs that once tripped a limit; they are run first.
export ASAN_OPTIONS="${ASAN_OPTIONS:-quarantine_size_mb=64:malloc_context_size=10}"
"$BUILD/tests/fuzz/fuzz_media_probe" -max_total_time="$SECONDS_TO_RUN" -timeout=10 -rss_limit_mb=3072 \
  -malloc_limit_mb=1024 -max_len=262144 -print_final_stats=1 -artifact_prefix="$BUILD/fuzz-corpus/" \
  "$CORPUS" "$SEEDS" "$SRC/tests/fuzz/regressions"
echo "run-fuzz: no crash, leak or hang in ${SECONDS_TO_RUN} s"
