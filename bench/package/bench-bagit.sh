#!/bin/sh
# Benchmark (issue 17 item 3): SubmitDesk's export and verify against what a user could pick instead, each
# side measured in the same run, alternating, best of 3 rounds:
#   export (folder) : `submitdesk-cli export` vs `cp` + `bagit.py --processes N --sha256` making a bag of the
#                     same files, and vs `cp` + `sha256sum` of the copies (N at once); every side ends with
#                     `sync` (the export is durable, so the peers are made so too)
#   export (zip)    : the same export as a Zip64 file, against the same two peers
#   verify          : `submitdesk-cli verify` vs `bagit.py --validate --processes N` of the same bag (which
#                     must find it valid), and against the machine's hashing limit: N x the throughput of
#                     `openssl speed -evp sha256 -seconds 2` (1 MiB blocks, best of the rounds); beside it
#                     what `openssl speed -multi N` gets from the N cores in the same run (the machine is
#                     shared: that is what was left of the cores for everyone)
# N = cores. bagit-python comes from pip into a virtual environment made here (it is not a dependency of
# SubmitDesk); where PyPI cannot be reached, set BAGIT_PY to a bagit.py command (e.g. from a checkout of its
# source); without either the bagit-python rows are left out.
# The page cache cannot be dropped here: every side reads its sources from a warm cache.
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
ratio() { echo "scale=2; $1 / $2" | bc -l; }

if [ -z "${BAGIT_PY:-}" ]; then
    if python3 -m venv "$WORK/venv" > /dev/null 2>&1 && "$WORK/venv/bin/pip" install -q bagit > /dev/null 2>&1; then
        BAGIT_PY="$WORK/venv/bin/bagit.py"
    else
        echo "bench-bagit: bagit-python could not be installed from PyPI (set BAGIT_PY to a bagit.py command);" \
            "its rows are left out" >&2
        BAGIT_PY=""
    fi
fi
[ -n "$BAGIT_PY" ] && echo "peer: bagit-python $($BAGIT_PY --version 2>&1 | tail -1) with --processes $N"

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
# A first export stores the technical checks of the (random, so unreadable) media: the timed ones only copy.
"$CLI" export "$WORK/bench.submitdesk" --batch bench -o "$WORK/first" --draft --quiet > /dev/null 2>&1 || true
rm -rf "$WORK/first"
sync

ours_export() { # $1: out (a folder) or out.zip
    rm -rf "$WORK/out" "$WORK/out.zip"; sync
    t0=$(now)
    "$CLI" export "$WORK/bench.submitdesk" --batch bench -o "$WORK/$1" --draft --quiet > /dev/null 2>&1
    sync
    elapsed "$t0" "$(now)"
}
peer_bagit() {
    rm -rf "$WORK/peer"; mkdir -p "$WORK/peer"; sync
    t0=$(now)
    cp "$WORK"/media/*.mp4 "$WORK/peer/"
    $BAGIT_PY --quiet --processes "$N" --sha256 "$WORK/peer" > /dev/null 2>&1
    sync
    elapsed "$t0" "$(now)"
    rm -rf "$WORK/peer"
}
peer_sha256sum() {
    rm -rf "$WORK/copy"; mkdir -p "$WORK/copy"; sync
    t0=$(now)
    cp "$WORK"/media/*.mp4 "$WORK/copy/"
    (cd "$WORK/copy" && ls | xargs -P "$N" -n 1 sha256sum > ../copy.sha256)
    sync
    elapsed "$t0" "$(now)"
    rm -rf "$WORK/copy"
}
ours_verify() {
    t0=$(now)
    "$CLI" verify "$WORK/out" --no-metadata --no-technical > /dev/null
    elapsed "$t0" "$(now)"
}
peer_validate() {
    t0=$(now)
    if ! $BAGIT_PY --quiet --validate --processes "$N" "$WORK/out" > "$WORK/validate.log" 2>&1; then
        echo "bench-bagit: bagit-python finds SubmitDesk's bag invalid:" >&2
        cat "$WORK/validate.log" >&2
        exit 1
    fi
    elapsed "$t0" "$(now)"
}
openssl_speed() { # bytes per second, 1 MiB blocks; $1: processes at once (their sum)
    openssl speed -multi "$1" -evp sha256 -bytes 1048576 -seconds 2 2>/dev/null |
        awk '/^sha256/ {v=$NF; sub("k","",v); printf "%.0f\n", v*1000}' | tail -1
}

be=999999; bz=999999; bb=999999; bs=999999; bv=999999; bq=999999; one=0; multi=0
for round in 1 2 3; do
    b=0; q=0
    if [ -n "$BAGIT_PY" ]; then b=$(peer_bagit); fi
    z=$(ours_export out.zip)
    s=$(peer_sha256sum)
    e=$(ours_export out)
    if [ -n "$BAGIT_PY" ]; then q=$(peer_validate); fi
    v=$(ours_verify)
    o=$(openssl_speed 1); [ -n "$o" ] || o=0
    m=$(openssl_speed "$N"); [ -n "$m" ] || m=0
    be=$(best "$be" "$e"); bz=$(best "$bz" "$z"); bb=$(best "$bb" "$b"); bs=$(best "$bs" "$s")
    bv=$(best "$bv" "$v"); bq=$(best "$bq" "$q")
    [ "$(echo "$o > $one" | bc)" = 1 ] && one=$o
    [ "$(echo "$m > $multi" | bc)" = 1 ] && multi=$m
    echo "round $round: export folder ${e}s zip ${z}s, cp+bagit.py ${b}s, cp+sha256sum ${s}s;" \
        "verify ${v}s, bagit.py --validate ${q}s;" \
        "openssl $(echo "scale=0; $o / 1000000" | bc -l) MB/s, -multi $N $(echo "scale=0; $m / 1000000" | bc -l) MB/s"
done
limit=$(echo "$one * $N" | bc -l)
mbps() { echo "scale=0; $TOTAL / $1 / 1000000" | bc -l; }
echo
echo "payload: $TOTAL bytes in $FILES files, $N cores; sources in a warm page cache (cannot be dropped here);"
echo "best of 3 rounds, every export ends with sync"
echo "export ours (folder)                : ${be}s  ($(mbps "$be") MB/s)"
echo "export ours (zip)                   : ${bz}s  ($(mbps "$bz") MB/s)"
if [ -n "$BAGIT_PY" ]; then
    echo "cp + bagit.py --processes $N --sha256: ${bb}s  ($(mbps "$bb") MB/s)"
    echo "  folder export vs it               : $(ratio "$bb" "$be")x (target >= 1.5x)"
    echo "  zip export vs it                  : $(ratio "$bb" "$bz")x"
fi
echo "cp + sha256sum ($N at once)           : ${bs}s  ($(mbps "$bs") MB/s)"
echo "  folder export vs it               : $(ratio "$bs" "$be")x (target >= 1.5x)"
echo "  zip export vs it                  : $(ratio "$bs" "$bz")x"
echo "verify ours                         : ${bv}s  ($(mbps "$bv") MB/s)"
if [ -n "$BAGIT_PY" ]; then
    echo "bagit.py --validate --processes $N    : ${bq}s  ($(mbps "$bq") MB/s); it finds our bag valid"
    echo "  verify vs it                      : $(ratio "$bq" "$bv")x (target >= 1.1x)"
fi
echo "hashing limit ($N x openssl speed)    : $(echo "scale=0; $limit / 1000000" | bc -l) MB/s"
echo "  verify vs the limit               : $(echo "scale=0; 100 * $TOTAL / $bv / $limit" | bc -l) % (target >= 85 %)"
echo "openssl speed -multi $N (same run)    : $(echo "scale=0; $multi / 1000000" | bc -l) MB/s"
echo "  verify vs it                      : $(echo "scale=0; 100 * $TOTAL / $bv / $multi" | bc -l) %"
