#!/bin/sh
# Technical-check benchmark (issue 3). Prints files per second and ratios against peers measured in
# the same run:
#   quick check: `submitdesk-cli check` over a generated corpus (>= 200 files, one call)
#                vs one `ffprobe` process per file, and vs `mediainfo` given all files in one call;
#   deep check:  `submitdesk-cli check --deep F` vs `ffmpeg -v error -i F -f null -` on one-minute 720p and
#                1080p files: wall and CPU seconds, frames per second, cores busy, and the ratio.
# Usage: bench-check.sh [path/to/submitdesk-cli] [work dir]. Needs ffmpeg, ffprobe, mediainfo.
set -eu
CLI=${1:-$(dirname "$0")/../../build/app/cli/submitdesk-cli}
WORK=${2:-$(mktemp -d /tmp/sd-bench-media.XXXXXX)}
FILES=${SD_BENCH_FILES:-200}
LONG_SECONDS=${SD_BENCH_LONG_SECONDS:-60}
REPEAT=${SD_BENCH_REPEAT:-3}
for tool in ffmpeg ffprobe mediainfo python3; do
  command -v "$tool" >/dev/null || { echo "bench-check: $tool is not installed" >&2; exit 2; }
done
[ -x "$CLI" ] || { echo "bench-check: $CLI is not executable" >&2; exit 2; }
CLI=$(realpath "$CLI")
mkdir -p "$WORK/corpus"
cd "$WORK"

# Corpus: 20 distinct small files (video and audio, several sizes and rates), copied to $FILES names.
if [ "$(ls corpus | wc -l)" -lt "$FILES" ]; then
  i=0
  for size in 1280x720 640x360 1920x1080 720x1280 320x240; do
    for rate in 25 30; do
      ffmpeg -nostdin -v error -y -f lavfi -i "testsrc2=s=$size:r=$rate:d=1" -f lavfi -i "sine=r=48000:d=1" \
        -ac 2 -c:v libx264 -preset ultrafast -c:a aac -movflags +faststart "seed-v$i.mp4"
      i=$((i + 1))
    done
  done
  for ar in 44100 48000 22050 32000 ; do
    for ch in 1 2; do
      ffmpeg -nostdin -v error -y -f lavfi -i "sine=r=$ar:d=2" -ac $ch -c:a libmp3lame "seed-a$ar-$ch.mp3"
    done
  done
  ffmpeg -nostdin -v error -y -f lavfi -i "sine=r=44100:d=2" -ac 2 -f wav seed-w.wav
  ffmpeg -nostdin -v error -y -f lavfi -i "testsrc2=s=1280x720:r=25:d=1" -c:v libx264 -preset ultrafast -f mov seed-q.mov
  n=0
  while [ "$n" -lt "$FILES" ]; do
    for seed in seed-*; do
      [ "$n" -lt "$FILES" ] || break
      cp "$seed" "corpus/$(printf %04d $n)-$seed"
      n=$((n + 1))
    done
  done
fi
COUNT=$(ls corpus | wc -l)

# One-minute H.264 + AAC files for the deep check (ffmpeg's testsrc2: motion and detail in every frame).
for size in 1280x720 1920x1080; do
  rate=3M; [ "$size" = 1920x1080 ] && rate=6M
  if [ ! -f "long-$size.mp4" ]; then
    ffmpeg -nostdin -v error -y -f lavfi -i "testsrc2=s=$size:r=25:d=$LONG_SECONDS" \
      -f lavfi -i "sine=r=48000:d=$LONG_SECONDS" -ac 2 -c:v libx264 -preset veryfast -b:v $rate -c:a aac \
      -movflags +faststart "long-$size.mp4"
  fi
done
# best of $REPEAT wall-clock runs, in seconds
best() {
  python3 - "$REPEAT" "$@" <<'PY'
import subprocess, sys, time
repeat = int(sys.argv[1]); cmd = sys.argv[2]
times = []
for _ in range(repeat):
    t = time.perf_counter()
    rc = subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE).returncode
    times.append(time.perf_counter() - t)
    if rc > 1:  # 0 pass, 1 some files fail the standard: both are a completed run
        sys.exit(f"bench-check: `{cmd}` exited with {rc}")
print(f"{min(times):.4f}")
PY
}

echo "corpus: $COUNT files in $WORK/corpus; deep check: ${LONG_SECONDS} s H.264 + AAC at 1280x720 and 1920x1080"
T_CLI=$(best "'$CLI' check --json corpus/* > /dev/null")
T_FFPROBE=$(best "for f in corpus/*; do ffprobe -v error -show_format -show_streams -of json \"\$f\" > /dev/null; done")
T_MEDIAINFO=$(best "mediainfo --Output=JSON corpus/* > /dev/null")

python3 - "$COUNT" "$T_CLI" "$T_FFPROBE" "$T_MEDIAINFO" <<'PY'
import sys
n = int(sys.argv[1]); cli, ffprobe, mediainfo = map(float, sys.argv[2:])
print(f"quick check   submitdesk-cli check       {cli:8.3f} s  {n / cli:8.1f} files/s")
print(f"              ffprobe, one per file      {ffprobe:8.3f} s  {n / ffprobe:8.1f} files/s")
print(f"              mediainfo, one call        {mediainfo:8.3f} s  {n / mediainfo:8.1f} files/s")
r1, r2 = ffprobe / cli, mediainfo / cli
print(f"ratio vs ffprobe per file:  {r1:6.2f}x  (target >= 10x)  {'ok' if r1 >= 10 else 'MISSED'}")
print(f"ratio vs mediainfo:         {r2:6.2f}x  (target >= 2x)   {'ok' if r2 >= 2 else 'MISSED'}")
PY

# Deep check vs `ffmpeg -v error -i F -f null -`, run in turn (A B A B ...), $REPEAT pairs after one warm-up
# pair; medians of wall and CPU time (user + sys of the child), frames per second of the video stream, and
# the cores each side kept busy (CPU / wall). Medians and pairs taken in turn because the machine may be
# shared: compare only rows of the same run.
for size in 1280x720 1920x1080; do
  python3 - "$REPEAT" "$CLI" "long-$size.mp4" "$size" <<'PY'
import json, os, statistics, subprocess, sys, time
repeat, cli, path, size = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
report = json.loads(subprocess.run([cli, "check", "--deep", "--json", path], capture_output=True).stdout)
report = report["files"][0]
frames = report["facts"]["deep"]["video_frames"]
sides = {"submitdesk-cli check --deep": [cli, "check", "--deep", path],
         "ffmpeg -f null": ["ffmpeg", "-nostdin", "-v", "error", "-i", path, "-f", "null", "-"]}
runs = {name: [] for name in sides}
for i in range(repeat + 1):
    for name, cmd in sides.items():
        before = os.times()
        t = time.perf_counter()
        rc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE).returncode
        wall = time.perf_counter() - t
        after = os.times()
        if rc > 1:
            sys.exit(f"bench-check: {cmd} exited with {rc}")
        cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
        if i > 0:  # the first pair warms the page cache
            runs[name].append((wall, cpu))
print(f"deep check {size}, {frames} video frames, median of {repeat}:")
walls = {}
for name, r in runs.items():
    wall = statistics.median(w for w, _ in r); cpu = statistics.median(c for _, c in r)
    walls[name] = wall
    print(f"  {name:28s} {wall:7.3f} s wall {cpu:7.3f} s CPU  {frames / wall:7.1f} frames/s  "
          f"{cpu / wall:4.2f} cores busy")
ratio = walls["ffmpeg -f null"] / walls["submitdesk-cli check --deep"]
print(f"  ratio vs ffmpeg -f null: {ratio:5.2f}x  (target >= 1.5x) {'ok' if ratio >= 1.5 else 'MISSED'}")
PY
done
