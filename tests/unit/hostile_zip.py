#!/usr/bin/env python3
"""Writes a hostile copy of a package zip, at test time, for TestBagReader.

usage: hostile_zip.py SOURCE.zip TARGET.zip CHANGE [ARG...]

The copy holds every entry of SOURCE (re-deflated, sizes and CRCs correct), then CHANGE:
  bomb N SIZE              N root entries notes-<i>.txt of SIZE zero bytes (a multiple of 1 MiB),
                           declared truthfully: a zip of about SIZE/1000 per entry
  lie N SIZE DECLARED      the same, each declaring DECLARED bytes
  payload-lie PATH SIZE DECLARED
                           an extra payload entry PATH (relative to the bag root) of SIZE zero bytes
                           declaring DECLARED bytes
  shrink PATH DECLARED     the entry PATH copied with its real bytes, declaring DECLARED bytes
  declare PATH N DECLARED  N extra payload entries PATH-<i>.mp4 of one byte, each declaring DECLARED
  duplicate PATH           a second entry PATH (relative to the bag root) with the same bytes
  add PATH [PATH...]       one small entry per PATH (UTF-8 names); a PATH may hold \\xNN escapes for raw
                           bytes, and is then written without the UTF-8 flag
A zip is written by hand (not zipfile) so that a bomb's deflate stream is made once and repeated, and so
that sizes can lie.
"""
import struct
import sys
import zipfile
import zlib

CHUNK = 1 << 20


def deflate(data):
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def zero_stream(size):
    """A raw deflate stream of `size` zero bytes (a multiple of CHUNK), one fully flushed chunk repeated,
    and its CRC-32."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = bytes(CHUNK)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(size // CHUNK):
        crc = zlib.crc32(chunk, crc)
    return block * (size // CHUNK) + b"\x03\x00", crc  # an empty final block ends the stream


class Writer:
    def __init__(self, path):
        self.f = open(path, "wb")
        self.central = []

    def add(self, name, stored, compressed, crc, size, declared=None, directory=False):
        raw = name if isinstance(name, bytes) else name.encode("utf-8")
        flags = 0
        if not isinstance(name, bytes) and not name.isascii():
            flags |= 0x800
        method = 0 if directory else 8
        usize = size if declared is None else declared
        offset = self.f.tell()
        self.f.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0x21, crc,
                                 len(compressed), usize, len(raw), 0))
        self.f.write(raw)
        self.f.write(compressed)
        attr = ((0o40755 << 16) | 0x10) if directory else (0o100644 << 16)
        self.central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, (3 << 8) | 20, 20, flags,
                                        method, 0, 0x21, crc, len(compressed), usize, len(raw), 0, 0, 0,
                                        0, attr, offset) + raw)

    def add_bytes(self, name, data):
        self.add(name, None, deflate(data), zlib.crc32(data), len(data))

    def close(self):
        start = self.f.tell()
        for c in self.central:
            self.f.write(c)
        end = self.f.tell()
        n = len(self.central)
        self.f.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n, n, end - start, start, 0))
        self.f.close()


def name_of(text):
    if "\\x" not in text:
        return text
    return text.encode("utf-8").decode("unicode_escape").encode("latin-1")


def main():
    src, dst, change, args = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    source = zipfile.ZipFile(src)
    names = [i.filename for i in source.infolist()]
    root = [n for n in names if n.endswith("bagit.txt")][0][: -len("bagit.txt")]
    out = Writer(dst)
    for info in source.infolist():
        if info.is_dir():
            out.add(info.filename, None, b"", 0, 0, directory=True)
        elif change == "shrink" and info.filename == root + args[0]:
            data = source.read(info)
            out.add(info.filename, None, deflate(data), zlib.crc32(data), len(data), int(args[1]))
        else:
            out.add_bytes(info.filename, source.read(info))
    if change in ("bomb", "lie"):
        n, size = int(args[0]), int(args[1])
        declared = int(args[2]) if change == "lie" else None
        stream, crc = zero_stream(size)
        for i in range(n):
            out.add(root + "notes-%02d.txt" % i, None, stream, crc, size, declared)
    elif change == "payload-lie":
        size, declared = int(args[1]), int(args[2])
        stream, crc = zero_stream(size)
        out.add(root + args[0], None, stream, crc, size, declared)
    elif change == "shrink":
        pass
    elif change == "declare":
        for i in range(int(args[1])):
            out.add(root + "%s-%02d.mp4" % (args[0], i), None, deflate(b"x"), zlib.crc32(b"x"), 1,
                    int(args[2]))
    elif change == "duplicate":
        out.add_bytes(root + args[0], source.read(root + args[0]))
    elif change == "add":
        for path in args:
            name = name_of(path)
            out.add_bytes(root.encode() + name if isinstance(name, bytes) else root + name, b"extra")
    else:
        sys.exit("unknown change " + change)
    out.close()


main()
