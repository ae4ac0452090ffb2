#!/bin/sh
# "Make compliant" benchmark (issue 14, point 8). Both sides of every ratio are measured in this run, on the
# same machine (which may be shared: read the ratios, not the seconds):
#   1. remux vs transcode of the same file: a 1080p24 MOV is only remuxed under a profile whose minimum
#      frame rate is 20 fps, and transcoded (24 → 25 fps) under the built-in profile (minimum 25 fps).
#      Conversion time only (the engine's convert_seconds); the deep check of the output is printed apart.
#      Target: remux at least 20× faster.
#   2. the transcode vs the `ffmpeg` program with the same settings (the plan's own ffmpeg command line).
#      Target: ours ≥ 0.95× the speed of the program.
#   3. the output's average bitrate vs the profile's minimum, for a high-bitrate (8 Mbit/s) source.
#      Target: between 1.0× and 1.4×.
# Usage: bench-fix.sh [path/to/submitdesk-cli] [work dir]. Needs ffmpeg, ffprobe, python3.
set -eu
CLI=${1:-$(dirname "$0")/../../build/app/cli/submitdesk-cli}
WORK=${2:-$(mktemp -d /tmp/sd-bench-fix.XXXXXX)}
SECONDS_LONG=${SD_BENCH_FIX_SECONDS:-60}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
for tool in ffmpeg ffprobe python3; do
  command -v "$tool" >/dev/null || { echo "bench-fix: $tool is not installed" >&2; exit 2; }
done
[ -x "$CLI" ] || { echo "bench-fix: $CLI is not executable" >&2; exit 2; }
CLI=$(realpath "$CLI")
mkdir -p "$WORK"
cd "$WORK"
rm -rf remux transcode peer && mkdir remux transcode peer

if [ ! -f source.mov ]; then
  ffmpeg -nostdin -v error -y -f lavfi -i "testsrc2=s=1920x1080:r=24:d=$SECONDS_LONG" \
    -f lavfi -i "sine=r=48000:d=$SECONDS_LONG" -ac 2 -c:v libx264 -preset ultrafast -b:v 8M -maxrate 8M \
    -bufsize 8M -c:a aac -f mov source.mov
fi
# the lenient profile sits where the built-in one's relative references (../taxonomy/…) still resolve
mkdir -p profiles && rm -rf taxonomy && cp -r "$SRC/resources/taxonomy" taxonomy
python3 - "$SRC/resources/profiles/lifelong-2022.json" profiles/lenient.json <<'PY'
import json, sys
profile = json.load(open(sys.argv[1], encoding="utf-8"))
profile["technical"]["video"]["frame_rate"]["min"] = 20.0
profile["id"] = profile.get("id", "lifelong-2022") + "-bench"
json.dump(profile, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY

"$CLI" fix --json --profile profiles/lenient.json source.mov -o remux > remux.json
"$CLI" fix --json source.mov -o transcode > transcode.json
"$CLI" fix --json --plan source.mov > plan.json
# the peer: the program with the plan's own arguments
python3 - plan.json "$WORK/source.mov" "$WORK/peer/source.mp4" > peer-args.txt <<'PY'
import json, shlex, sys
plan = json.load(open(sys.argv[1]))["files"][0]["plan"]
command = shlex.split(plan["details"][0].replace("'", ""))
args = [sys.argv[2] if a == "IN" else sys.argv[3] if a == "OUT.mp4" else a for a in command[1:]]
print("\n".join(args))
PY
peer_start=$(python3 -c 'import time; print(time.monotonic())')
python3 - peer-args.txt <<'PY'
import subprocess, sys
args = open(sys.argv[1]).read().split("\n")
subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-y"] + [a for a in args if a != ""], check=True)
PY
peer_end=$(python3 -c 'import time; print(time.monotonic())')

python3 - remux.json transcode.json "$peer_start" "$peer_end" "$SRC/resources/profiles/lifelong-2022.json" <<'PY'
import json, os, sys
remux = json.load(open(sys.argv[1]))["files"][0]
trans = json.load(open(sys.argv[2]))["files"][0]
peer = float(sys.argv[4]) - float(sys.argv[3])
minimum = json.load(open(sys.argv[5], encoding="utf-8"))["technical"]["video"]["bitrate"]["min_bps"]
for name, f in (("remux", remux), ("transcode", trans)):
    if f["status"] != "passed":
        sys.exit(f"bench-fix: the {name} did not pass: {f.get('error')}")
print(f"plans: remux → {remux['plan']['action']}, transcode → {trans['plan']['action']}")
print(f"remux:     convert {remux['convert_seconds']:.2f} s, deep check of the output {remux['check_seconds']:.2f} s")
print(f"transcode: convert {trans['convert_seconds']:.2f} s, deep check of the output {trans['check_seconds']:.2f} s")
print(f"ffmpeg program, same arguments: {peer:.2f} s")
r1 = trans["convert_seconds"] / max(remux["convert_seconds"], 1e-3)
r2 = peer / trans["convert_seconds"]
facts = json.loads(os.popen(f"ffprobe -v error -show_entries format=bit_rate -of json '{trans['output']}'").read())
r3 = int(facts["format"]["bit_rate"]) / minimum
print(f"RATIO remux speed vs transcode: {r1:.1f}x (target >= 20)")
print(f"RATIO transcode speed vs ffmpeg program: {r2:.2f}x (target >= 0.95)")
print(f"RATIO output bitrate vs profile minimum: {r3:.2f}x (target 1.0-1.4)")
print("note: the machine may be shared with other work; ratios compare runs made minutes apart")
ok = r1 >= 20 and r2 >= 0.95 and 1.0 <= r3 <= 1.4
sys.exit(0 if ok else 1)
PY
