#!/bin/sh
# Benchmark: SubmitDesk's export and verify against bagit-python at its best, measured in the same run.
#   export  : `submitdesk-cli export` (folder) vs `cp` + `bagit.py --processes N --sha256` making a bag of the
#             same files (N = cores), each followed by `sync` (the export is durable, so the peer is too)
#   verify  : `submitdesk-cli verify` vs `bagit.py --validate --processes N` of the same bag, and against the
#             machine's hashing limit: N x the throughput of `openssl speed -evp sha256` (4 MiB blocks)
# bagit-python comes from pip into a virtual environment made here (it is not a dependency of SubmitDesk);
# where PyPI cannot be reached, set BAGIT_PY to a bagit.py command (e.g. from a checkout of bagit-python).
# Usage: bench-bagit.sh SUBMITDESK_CLI [WORKDIR] [FILES] [MIB_PER_FILE]      (default 8 x 256 MiB = 2 GiB)
set -eu
CLI=${1:?usage: bench-bagit.sh SUBMITDESK_CLI [WORKDIR] [FILES] [MIB_PER_FILE]}
WORK=${2:-$(mktemp -d "${TMPDIR:-/tmp}/sd-bagit.XXXXXX")}
FILES=${3:-8}
MIB=${4:-256}
N=$(nproc)
mkdir -p "$WORK/media"
trap 'rm -rf "$WORK"' EXIT
now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc -l; }
best() { [ "$(echo "$2 < $1" | bc)" = 1 ] && echo "$2" || echo "$1"; }

if [ -z "${BAGIT_PY:-}" ]; then
    if python3 -m venv "$WORK/venv" > /dev/null 2>&1 && "$WORK/venv/bin/pip" install -q bagit > /dev/null 2>&1; then
        BAGIT_PY="$WORK/venv/bin/bagit.py"
    else
        echo "bench-bagit: bagit-python could not be installed from PyPI; set BAGIT_PY to a bagit.py command" >&2
        exit 2
    fi
fi
echo "peer: $($BAGIT_PY --version 2>&1 | tail -1) with --processes $N"

echo "generating $FILES x $MIB MiB of random bytes in $WORK/media"
i=1
while [ "$i" -le "$FILES" ]; do
    head -c "$((MIB * 1048576))" /dev/urandom > "$WORK/media/lecture-$i.mp4"
    i=$((i + 1))
done
TOTAL=$(du -cb "$WORK"/media/*.mp4 | tail -1 | cut -f1)
cat "$WORK"/media/*.mp4 > /dev/null
"$CLI" init "$WORK/bench.submitdesk" > /dev/null
"$CLI" add "$WORK/bench.submitdesk" --batch bench "$WORK/media" > /dev/null
sync

ours_export() {
    rm -rf "$WORK/out"; sync
    t0=$(now)
    "$CLI" export "$WORK/bench.submitdesk" --batch bench -o "$WORK/out" --draft --quiet > /dev/null 2>&1
    sync
    elapsed "$t0" "$(now)"
}
peer_export() {
    rm -rf "$WORK/peer"; mkdir -p "$WORK/peer"; sync
    t0=$(now)
    cp "$WORK"/media/*.mp4 "$WORK/peer/"
    $BAGIT_PY --quiet --processes "$N" --sha256 "$WORK/peer" > /dev/null 2>&1
    sync
    elapsed "$t0" "$(now)"
}
ours_verify() {
    t0=$(now)
    "$CLI" verify "$WORK/out" --no-metadata --no-technical > /dev/null
    elapsed "$t0" "$(now)"
}
peer_verify() {
    t0=$(now)
    $BAGIT_PY --quiet --validate --processes "$N" "$WORK/out" > /dev/null 2>&1
    elapsed "$t0" "$(now)"
}

be=999999; bp=999999; bv=999999; bq=999999
for round in 1 2 3; do
    p=$(peer_export); e=$(ours_export)
    q=$(peer_verify); v=$(ours_verify)
    be=$(best "$be" "$e"); bp=$(best "$bp" "$p"); bv=$(best "$bv" "$v"); bq=$(best "$bq" "$q")
    echo "round $round: export ours ${e}s peer ${p}s; verify ours ${v}s peer ${q}s"
done
rm -rf "$WORK/peer"
one=$(openssl speed -evp sha256 -bytes 4194304 -seconds 3 2>/dev/null | awk '/^sha256/ {v=$NF; sub("k","",v); print v*1000}')
limit=$(echo "$one * $N" | bc -l)
mbps() { echo "scale=0; $TOTAL / $1 / 1000000" | bc -l; }
echo
echo "payload: $TOTAL bytes in $FILES files, $N cores; sources in a warm page cache (cannot be dropped here)"
echo "export ours (folder)            : ${be}s  ($(mbps "$be") MB/s)"
echo "cp + bagit.py --processes $N      : ${bp}s  ($(mbps "$bp") MB/s)"
echo "ratio export vs peer            : $(echo "scale=2; $bp / $be" | bc -l)x (target >= 1.5x)"
echo "verify ours                     : ${bv}s  ($(mbps "$bv") MB/s)"
echo "bagit.py --validate --processes $N: ${bq}s  ($(mbps "$bq") MB/s)"
echo "ratio verify vs peer            : $(echo "scale=2; $bq / $bv" | bc -l)x (target >= 1.1x)"
echo "hashing limit ($N x openssl)      : $(echo "scale=0; $limit / 1000000" | bc -l) MB/s"
echo "verify vs hashing limit         : $(echo "scale=0; 100 * $TOTAL / $bv / $limit" | bc -l) % (target >= 85 %)"
