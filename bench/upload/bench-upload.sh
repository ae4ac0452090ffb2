#!/usr/bin/env bash
# Upload benchmark (issue 15), against one local @tus/server (tests/servers/tus) in the same run:
#  1. one big file (default about 1 GiB, a valid 720p H.264/AAC lecture made with ffmpeg): a batch holding
#     it uploaded with submitdesk-cli upload (the batch's package: the video, its metadata and tag files,
#     then submission.json; the package made beforehand with --prepare-only, as the other sides also get a
#     file that exists) vs tus-js-client vs one raw PATCH of the whole file with curl (the server's own
#     limit); beside them, for information, `upload --file` of the loose file (which hashes it first);
#  2. 200 small files: submitdesk-cli upload (2 at once, its default) vs tus-js-client one after another.
# Prints wall seconds, throughput, client CPU seconds per GiB and the ratios.
# bench-upload.sh CLI [BIG_MIB] [SMALL_FILES] [SMALL_KIB]
set -euo pipefail
cli=$(realpath "$1"); big_mib=${2:-1024}; small_n=${3:-200}; small_kib=${4:-64}
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
[ -d "$root/tests/servers/tus/node_modules/@tus/server" ] || npm ci --prefix "$root/tests/servers/tus" --no-audit --no-fund >/dev/null
[ -d "$here/node_modules/tus-js-client" ] || npm ci --prefix "$here" --no-audit --no-fund >/dev/null
tmp=$(mktemp -d)
# The server stores in memory where it can, so that the disk's writeback of one row does not slow the next.
store=$(mktemp -d /dev/shm/sd-bench-tus.XXXXXX 2>/dev/null || echo "$tmp/store")
trap 'kill $server 2>/dev/null || true; rm -rf "$tmp" "$store"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
node "$root/tests/servers/tus/server.js" --port "$port" --dir "$store" > "$tmp/server.log" &
server=$!
until grep -q listening "$tmp/server.log" 2>/dev/null; do sleep 0.1; done
endpoint="http://127.0.0.1:$port/files/"
# A valid lecture of about big_mib MiB: noise at 720p25 costs ~36 MiB a second at -qp 1 (High profile).
seconds=$(( (big_mib * 28 + 1023) / 1024 ))
ffmpeg -v error -y -f lavfi -i "nullsrc=s=1280x720:r=25,geq=lum='random(1)*255':cb=128:cr=128" \
  -f lavfi -i "sine=frequency=440:sample_rate=44100" -t "$seconds" -ac 2 -c:v libx264 -preset ultrafast \
  -qp 1 -pix_fmt yuv420p -profile:v high -c:a aac -b:a 128k -shortest -movflags +faststart "$tmp/big.mp4"
ffmpeg -v error -y -f lavfi -i color=c=blue:s=320x180 -frames:v 1 "$tmp/cover.jpg"
mkdir "$tmp/small"
for i in $(seq 1 "$small_n"); do head -c "$((small_kib * 1024))" /dev/urandom > "$tmp/small/f$i.bin"; done
TIMEFORMAT='%R %U %S'

measure() { # label bytes command…: prints "label seconds MB/s cpu-s/GiB"; stops the bench when it fails
  local label=$1 bytes=$2; shift 2
  local t rc=0; t=$( { time "$@" > /dev/null 2>"$tmp/err"; } 2>&1 | tail -1 ) || rc=$?
  if [ "$rc" != 0 ] || ! grep -Eq '^[0-9.]+ [0-9.]+ [0-9.]+$' <<<"$t"; then
    echo "$label: failed (exit $rc)" >&2; cat "$tmp/err" >&2; exit 1
  fi
  read -r real user sys <<<"$t"
  python3 - "$label" "$bytes" "$real" "$user" "$sys" <<'PY'
import sys
label, size, real, user, sys_ = sys.argv[1], int(sys.argv[2]), *map(float, sys.argv[3:])
gib = size / 2**30
print(f"{label:38s} {real:8.2f} s {size / real / 1e6:9.1f} MB/s {(user + sys_) / gib:7.2f} CPU s/GiB")
PY
}
raw_patch() { # file bytes: one POST, then the whole file in one PATCH streamed from disk (--upload-file);
  # fails unless the server then reports every byte (HEAD: Upload-Offset = size)
  local loc offset
  loc=$(curl -sS -f -i -X POST -H 'Tus-Resumable: 1.0.0' -H "Upload-Length: $2" "$endpoint" |
        tr -d '\r' | awk 'tolower($1) == "location:" {print $2}')
  [ -n "$loc" ] || { echo "raw PATCH: no Location from the POST" >&2; return 1; }
  case $loc in http*) ;; *) loc="http://127.0.0.1:$port$loc" ;; esac
  curl -sS -f -X PATCH -H 'Tus-Resumable: 1.0.0' -H 'Upload-Offset: 0' -H 'Expect:' \
       -H 'Content-Type: application/offset+octet-stream' --upload-file "$1" "$loc" || return 1
  offset=$(curl -sS -f -I -H 'Tus-Resumable: 1.0.0' "$loc" | tr -d '\r' |
           awk 'tolower($1) == "upload-offset:" {print $2}')
  [ "$offset" = "$2" ] || { echo "raw PATCH: the server has ${offset:-no} bytes of $2" >&2; return 1; }
}
settle() { # before each big-file row: the previous row's stored file removed and written back, so that no
  # row pays for another's writeback
  rm -rf "${store:?}"/*; sync
}
ours() { # batch files…; its --json report in $tmp/ours-BATCH.json (upload_seconds: the transfer alone)
  local batch=$1; shift
  local args=(); for f in "$@"; do args+=(--file "$f"); done
  "$cli" upload "$tmp/bench.submitdesk" --batch "$batch" --endpoint "$endpoint" --json "${args[@]}" \
    > "$tmp/ours-$batch.json"
}
transfer_row() { # batch bytes: the transfer alone, from the report (the sha256 of each file comes before it)
  python3 - "$tmp/ours-$1.json" "$2" <<'PY'
import json, sys
seconds, size = json.load(open(sys.argv[1]))["upload_seconds"], int(sys.argv[2])
print(f"{'  of it the transfer (after the sha256)':38s} {seconds:8.2f} s {size / seconds / 1e6:9.1f} MB/s")
PY
}
"$cli" init "$tmp/bench.submitdesk" > /dev/null
"$cli" unit "$tmp/bench.submitdesk" --name 国家开放大学 --person 王卫燕 --title 处长 --phone 010-57519418 \
  --mobile 13800138000 --email le@ouchn.edu.cn > /dev/null
id=$("$cli" add "$tmp/bench.submitdesk" --batch big "$tmp/big.mp4" | cut -f1)
"$cli" set "$tmp/bench.submitdesk" --resource "$id" summary=本课程系统介绍航空发动机的基本原理、主要部件与发展趋势。 \
  created=2022-03-23 copyright=国家开放大学 'speakers=张建华;朱新' "cover=$tmp/cover.jpg" \
  category=科学文化-航空知识-航空发动机 > /dev/null
"$cli" upload "$tmp/bench.submitdesk" --batch big --prepare-only > /dev/null
big_bytes=$(stat -c %s "$tmp/big.mp4"); small_bytes=$((small_n * small_kib * 1024))
package_bytes=$(du -cb "$tmp/bench.submitdesk.uploads/1/bag" | tail -1 | cut -f1)
echo "Upload benchmark: one local @tus/server 1.x (Node $(node --version)), $(nproc) cores; a shared machine"
echo "  lets other work slow any row: compare rows of the same run only."
ours_batch() { # the batch "big" (its package, prepared beforehand); a new account name each round, so that
  # each round uploads anew (the server asks for no token)
  "$cli" upload "$tmp/bench.submitdesk" --batch big --endpoint "$endpoint" --user "round-$round" --json \
    > "$tmp/ours-batch.json"
  python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); sys.exit(0 if d["complete"] and d["reused_export"] else 1)' \
    "$tmp/ours-batch.json" || { echo "upload --batch: not complete, or the package was made again" >&2; return 1; }
}
ours_loose() {
  "$cli" upload "$tmp/bench.submitdesk" --batch "loose-$round" --endpoint "$endpoint" --json --file "$tmp/big.mp4" \
    > "$tmp/ours-loose.json"
}
sec() { awk '{for (i = 1; i <= NF; i++) if ($(i+1) == "s") { print $i; exit }}' <<<"$1"; }
faster() { # row row: the one with fewer seconds
  if [ -z "$1" ] || python3 -c 'import sys; sys.exit(float(sys.argv[1]) >= float(sys.argv[2]))' "$(sec "$2")" "$(sec "$1")"
  then echo "$2"; else echo "$1"; fi
}
# Rounds: on this shared 2-core machine the same command took 1.7 s in one round and 3.6 s in the next (two
# modes, whichever program it was), so each side gets several chances at the fast one.
rounds=${SD_BENCH_ROUNDS:-5}
echo "== one lecture of $((big_bytes / 1048576)) MiB (its package: $((package_bytes / 1048576)) MiB in $(find "$tmp/bench.submitdesk.uploads/1/bag" -type f | wc -l) files); best of $rounds rounds, alternating"
r1=; r2=; r3=; r3f=; r3t=; paired=()
for round in $(seq 1 "$rounds"); do
  settle; row1=$(measure "curl: one raw PATCH of the whole file" "$big_bytes" raw_patch "$tmp/big.mp4" "$big_bytes")
  settle; row2=$(measure "tus-js-client" "$big_bytes" node "$here/tusjs.js" "$endpoint" "$tmp/big.mp4")
  settle; row3=$(measure "submitdesk-cli upload --batch" "$package_bytes" ours_batch)
  r1=$(faster "$r1" "$row1"); r2=$(faster "$r2" "$row2"); r3=$(faster "$r3" "$row3")
  paired+=("$(sec "$row1") $(sec "$row2") $(sec "$row3")")
  settle; row=$(measure "  for information: upload --file" "$big_bytes" ours_loose)
  [ "$(faster "$r3f" "$row")" = "$row" ] && { r3f=$row; r3t=$(transfer_row loose "$big_bytes"); }
done
echo "$r1"; echo "$r2"; echo "$r3"; echo "$r3f"
echo "$r3t"
# The same three rows within each round, as ratios, and their medians: on a machine that switches between a
# fast and a slow mode, rows of one round share the mode, while each row's best may come from different ones.
printf '%s\n' "${paired[@]}" | python3 -c '
import statistics, sys
rounds = [list(map(float, line.split())) for line in sys.stdin if line.strip()]
raw = [r[0] / r[2] for r in rounds]; js = [r[1] / r[2] for r in rounds]
print(f"  paired in each round (median of {len(rounds)}): ours vs tus-js-client {statistics.median(js):.2f}x "
      f"({sum(x >= 1.0 for x in js)} rounds >= 1.0), vs one raw PATCH {statistics.median(raw) * 100:.0f} % "
      f"({sum(x >= 0.9 for x in raw)} rounds >= 90 %)")'
echo "== $small_n files of $small_kib KiB"
settle; r4=$(measure "tus-js-client, one after another" "$small_bytes" node "$here/tusjs.js" "$endpoint" "$tmp"/small/*.bin); echo "$r4"
r5=$(measure "submitdesk-cli upload (2 at once)" "$small_bytes" ours small "$tmp"/small/*.bin); echo "$r5"
python3 - "$(sec "$r1")" "$(sec "$r2")" "$(sec "$r3")" "$(sec "$r4")" "$(sec "$r5")" "$(sec "$r3t")" <<'PY'
import sys
raw, js, ours, js_small, ours_small, transfer = map(float, sys.argv[1:])
print(f"ratios: big file ours (the batch) vs tus-js-client {js / ours:.2f}x (target >= 1.0), "
      f"vs one raw PATCH {raw / ours * 100:.0f} % (target >= 90 %; a loose file's transfer after its sha256 {raw / transfer * 100:.0f} %); "
      f"{''}small files ours vs tus-js-client {js_small / ours_small:.2f}x (target >= 1.5)")
PY
