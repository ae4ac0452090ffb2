#!/bin/sh
# Benchmark: `submitdesk-cli export` of a batch of media (default 4 x 512 MiB = 2 GiB) against the peer
# `cp` of the same files followed by `sha256sum` of the copies, measured in the same run.
# Also prints SHA-256 throughput beside `openssl speed -evp sha256`.
# Usage: bench-export.sh SUBMITDESK_CLI [WORKDIR] [FILES] [MIB_PER_FILE]
# The page cache cannot be dropped here: every run reads the sources from a warm cache (noted in the output).
set -eu
CLI=${1:?usage: bench-export.sh SUBMITDESK_CLI [WORKDIR] [FILES] [MIB_PER_FILE]}
WORK=${2:-$(mktemp -d "${TMPDIR:-/tmp}/sd-bench.XXXXXX")}
FILES=${3:-4}
MIB=${4:-512}
mkdir -p "$WORK/media"
trap 'rm -rf "$WORK"' EXIT

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc -l; }

echo "generating $FILES x $MIB MiB in $WORK/media (random bytes; exported as a draft, they need not be real media)"
i=1
while [ "$i" -le "$FILES" ]; do
    head -c "$((MIB * 1048576))" /dev/urandom > "$WORK/media/lecture-$i.mp4"
    i=$((i + 1))
done
TOTAL=$(du -cb "$WORK"/media/*.mp4 | tail -1 | cut -f1)
cat "$WORK"/media/*.mp4 > /dev/null  # warm cache for both sides

"$CLI" init "$WORK/bench.submitdesk" > /dev/null
"$CLI" add "$WORK/bench.submitdesk" --batch bench "$WORK/media" > /dev/null

run_export() {
    rm -rf "$WORK/out" "$WORK/out.zip"
    t0=$(now)
    "$CLI" export "$WORK/bench.submitdesk" --batch bench -o "$1" --draft --quiet > /dev/null 2>&1
    sync
    t1=$(now)
    elapsed "$t0" "$t1"
}
run_peer() {
    rm -rf "$WORK/copy"; mkdir -p "$WORK/copy"
    t0=$(now)
    cp "$WORK"/media/*.mp4 "$WORK/copy/"
    (cd "$WORK/copy" && sha256sum *.mp4 > ../copy.sha256)
    sync
    t1=$(now)
    rm -rf "$WORK/copy"
    elapsed "$t0" "$t1"
}

# Alternate the two, keep the best of three each (warm cache, same disk).
best_export=999999; best_peer=999999; best_zip=999999
for round in 1 2 3; do
    p=$(run_peer);            [ "$(echo "$p < $best_peer" | bc)" = 1 ] && best_peer=$p
    e=$(run_export "$WORK/out"); [ "$(echo "$e < $best_export" | bc)" = 1 ] && best_export=$e
    z=$(run_export "$WORK/out.zip"); [ "$(echo "$z < $best_zip" | bc)" = 1 ] && best_zip=$z
    rm -rf "$WORK/out" "$WORK/out.zip"
    echo "round $round: cp+sha256sum ${p}s, export folder ${e}s, export zip ${z}s"
done

# SHA-256 alone: our hash of one file (verify does nothing but read and hash) vs openssl speed.
"$CLI" export "$WORK/bench.submitdesk" --batch bench -o "$WORK/out" --draft --quiet > /dev/null 2>&1
t0=$(now); "$CLI" verify "$WORK/out" --no-metadata --no-technical > /dev/null; t1=$(now)
verify_s=$(elapsed "$t0" "$t1")
openssl_bps=$(openssl speed -evp sha256 -bytes 4194304 -seconds 3 2>/dev/null | awk '/^sha256/ {v=$NF; sub("k","",v); print v*1000}')

mbps() { echo "scale=0; $TOTAL / $1 / 1000000" | bc -l; }
echo
echo "payload: $TOTAL bytes in $FILES files; page cache warm (cannot be dropped here)"
echo "cp + sha256sum of the copies : ${best_peer}s  ($(mbps "$best_peer") MB/s)"
echo "submitdesk export (folder)   : ${best_export}s  ($(mbps "$best_export") MB/s)"
echo "submitdesk export (zip64)    : ${best_zip}s  ($(mbps "$best_zip") MB/s)"
echo "ratio folder export vs peer  : $(echo "scale=2; $best_peer / $best_export" | bc -l)x faster (target >= 1.5x)"
echo "ratio zip export vs peer     : $(echo "scale=2; $best_peer / $best_zip" | bc -l)x faster"
echo "SHA-256 in verify (read+hash): $(mbps "$verify_s") MB/s"
echo "openssl speed -evp sha256    : $(echo "scale=0; $openssl_bps / 1000000" | bc -l) MB/s (4 MiB blocks)"
