#!/bin/sh
# Benchmark (issue 17, point 5): start-up of `submitdesk` to a usable main window, warm, from process start to
# the first paint (the app prints "first-paint" and quits when SUBMITDESK_EXIT_AFTER_FIRST_PAINT is set),
# with a workspace of 200 resources open. Peer, in the same run: bench_qt_hello, the smallest Qt Widgets main
# window linked the same way. Target: <= 300 ms. Runs on one Xvfb server when Xvfb is installed (what a
# desktop does), else on Qt's offscreen platform.
# Usage: bench-startup.sh SUBMITDESK_CLI [RUNS=15]
set -eu
CLI=${1:?usage: bench-startup.sh SUBMITDESK_CLI [RUNS]}
RUNS=${2:-15}
BUILD=$(cd "$(dirname "$CLI")/../.." && pwd)
GUI="$BUILD/app/gui/submitdesk"
PEER="$BUILD/bench/startup/bench_qt_hello"
for f in "$GUI" "$PEER"; do [ -x "$f" ] || { echo "bench-startup: $f is not built" >&2; exit 2; }; done
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sd-startup.XXXXXX")
XVFB_PID=""
cleanup() { [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

mkdir -p "$WORK/home" "$WORK/media"
i=1
while [ "$i" -le 200 ]; do : > "$WORK/media/lecture-$i.mp4"; i=$((i + 1)); done
"$CLI" init "$WORK/bench.submitdesk" > /dev/null
"$CLI" add "$WORK/bench.submitdesk" --batch "2022 第一批" "$WORK/media" > /dev/null

if command -v Xvfb > /dev/null; then
    display=":$(( $$ % 400 + 100 ))"
    Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp > /dev/null 2>&1 &
    XVFB_PID=$!
    sleep 1
    export DISPLAY="$display" QT_QPA_PLATFORM=xcb
    platform="Xvfb ($display)"
else
    export QT_QPA_PLATFORM=offscreen
    platform="offscreen"
fi
# A home of its own: no settings from an earlier session; the first-run welcome already done (a warm start).
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" SUBMITDESK_EXIT_AFTER_FIRST_PAINT=1
mkdir -p "$XDG_CONFIG_HOME/SubmitDesk"
printf '[welcome]\ndone=true\n' > "$XDG_CONFIG_HOME/SubmitDesk/SubmitDesk.conf"

python3 - "$RUNS" "$platform" "$GUI" "$WORK/bench.submitdesk" "$PEER" <<'PY'
import statistics, subprocess, sys, time
runs, platform, gui, workspace, peer = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]

def once(cmd):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    for line in p.stdout:
        if line.strip() == b"first-paint":
            t = (time.perf_counter() - t0) * 1000
            p.wait(timeout=30)
            return t
    p.wait()
    sys.exit(f"bench-startup: {cmd[0]} quit without painting (exit {p.returncode})")

def measure(cmd):
    once(cmd)  # warm-up: page cache, font cache
    return [once(cmd) for _ in range(runs)]

ours, hello = [], []
for _ in range(runs):  # alternate, so that drift hits both
    ours.append(once([gui, workspace]))
    hello.append(once([peer]))
mo, mh = statistics.median(ours), statistics.median(hello)
print(f"platform: {platform}; {runs} runs each after one warm-up, alternating; medians")
print(f"submitdesk (200-resource workspace) to first paint: {mo:7.1f} ms (min {min(ours):.1f}, max {max(ours):.1f})")
print(f"bench_qt_hello (bare Qt main window) to first paint: {mh:7.1f} ms (min {min(hello):.1f}, max {max(hello):.1f})")
print(f"ratio submitdesk / bare Qt window: {mo / mh:.2f}x; SubmitDesk's own share: {mo - mh:.1f} ms")
print(f"target <= 300 ms: {'met' if mo <= 300 else 'NOT met'}")
PY
