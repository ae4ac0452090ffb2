#!/usr/bin/env bash
# Upload benchmark (issue 15), against one local @tus/server (tests/servers/tus) in the same run:
#  1. one big file (default 1024 MiB): submitdesk-cli upload vs tus-js-client vs one raw PATCH of the whole
#     file with curl (the server's own limit);
#  2. 200 small files: submitdesk-cli upload (2 at once, its default) vs tus-js-client one after another.
# Prints wall seconds, throughput, client CPU seconds per GiB and the ratios.
# bench-upload.sh CLI [BIG_MIB] [SMALL_FILES] [SMALL_KIB]
set -euo pipefail
cli=$(realpath "$1"); big_mib=${2:-1024}; small_n=${3:-200}; small_kib=${4:-64}
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
[ -d "$root/tests/servers/tus/node_modules/@tus/server" ] || npm ci --prefix "$root/tests/servers/tus" --no-audit --no-fund >/dev/null
[ -d "$here/node_modules/tus-js-client" ] || npm ci --prefix "$here" --no-audit --no-fund >/dev/null
tmp=$(mktemp -d); trap 'kill $server 2>/dev/null || true; rm -rf "$tmp"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
node "$root/tests/servers/tus/server.js" --port "$port" --dir "$tmp/store" > "$tmp/server.log" &
server=$!
until grep -q listening "$tmp/server.log" 2>/dev/null; do sleep 0.1; done
endpoint="http://127.0.0.1:$port/files/"
head -c "$((big_mib * 1024 * 1024))" /dev/urandom > "$tmp/big.bin"
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
  rm -rf "$tmp/store"/*; sync
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
big_bytes=$((big_mib * 1024 * 1024)); small_bytes=$((small_n * small_kib * 1024))
echo "Upload benchmark: one local @tus/server 1.x (Node $(node --version)), $(nproc) cores; a shared machine"
echo "  lets other work slow any row: compare rows of the same run only."
echo "== one file of $big_mib MiB"
settle; r1=$(measure "curl: one raw PATCH of the whole file" "$big_bytes" raw_patch "$tmp/big.bin" "$big_bytes"); echo "$r1"
settle; r2=$(measure "tus-js-client" "$big_bytes" node "$here/tusjs.js" "$endpoint" "$tmp/big.bin"); echo "$r2"
settle; r3=$(measure "submitdesk-cli upload" "$big_bytes" ours big "$tmp/big.bin"); echo "$r3"
r3t=$(transfer_row big "$big_bytes"); echo "$r3t"
echo "== $small_n files of $small_kib KiB"
settle; r4=$(measure "tus-js-client, one after another" "$small_bytes" node "$here/tusjs.js" "$endpoint" "$tmp"/small/*.bin); echo "$r4"
r5=$(measure "submitdesk-cli upload (2 at once)" "$small_bytes" ours small "$tmp"/small/*.bin); echo "$r5"
sec() { awk '{for (i = 1; i <= NF; i++) if ($(i+1) == "s") { print $i; exit }}' <<<"$1"; }
python3 - "$(sec "$r1")" "$(sec "$r2")" "$(sec "$r3")" "$(sec "$r4")" "$(sec "$r5")" "$(sec "$r3t")" <<'PY'
import sys
raw, js, ours, js_small, ours_small, transfer = map(float, sys.argv[1:])
print(f"ratios: big file ours vs tus-js-client {js / ours:.2f}x (target >= 1.0), "
      f"vs one raw PATCH {raw / ours * 100:.0f} % (target >= 90 %; the transfer alone {raw / transfer * 100:.0f} %); "
      f"{''}small files ours vs tus-js-client {js_small / ours_small:.2f}x (target >= 1.5)")
PY
