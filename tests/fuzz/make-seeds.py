#!/usr/bin/env python3
"""Writes small seed inputs for the fuzz targets at run time (nothing binary is committed).
usage: make-seeds.py xlsx_reader|package_reader OUTDIR"""
import hashlib, io, json, os, sys, zipfile

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
SHEET = ('<?xml version="1.0" encoding="UTF-8"?><worksheet ' + NS + '><sheetData>'
         '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>资源名称</t></is></c></row>'
         '<row r="3"><c r="A3" s="1"><v>44643</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" t="str"><f>A1</f>'
         '<v>x</v></c><c><v>2.5</v></c></row></sheetData></worksheet>')
STRINGS = ('<sst ' + NS + '><si><t>编号</t></si><si><r><t>ri</t></r><r><t xml:space="preserve">ch </t></r>'
           '<rPh><t>PH</t></rPh></si></sst>')
STYLES = ('<styleSheet ' + NS + '><numFmts><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
          '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>')


def xlsx(out):
    # Text form: the parts separated by NUL (the target zips them itself, so mutations reach the XML).
    with open(os.path.join(out, 'parts.txt'), 'wb') as f:
        f.write('\0'.join([SHEET, STRINGS, STYLES]).encode())
    with open(os.path.join(out, 'sheet-only.txt'), 'wb') as f:
        f.write(SHEET.encode())
    # File form: a real .xlsx (the zip layer), deflated and stored.
    for name, mode in (('deflated.xlsx', zipfile.ZIP_DEFLATED), ('stored.xlsx', zipfile.ZIP_STORED)):
        with zipfile.ZipFile(os.path.join(out, name), 'w', mode) as z:
            z.writestr('[Content_Types].xml', '<Types/>')
            z.writestr('xl/worksheets/sheet1.xml', SHEET)
            z.writestr('xl/sharedStrings.xml', STRINGS)
            z.writestr('xl/styles.xml', STYLES)


def sha(b):
    return hashlib.sha256(b).hexdigest()


def package(out):
    catalog = '<catalog><chapter title="一"><section title="1.1" duration="00:01:00"/></chapter></catalog>'
    attachment = b'attachment text\n'
    files = {'data/resources/A03-0001/notes.txt': attachment}
    meta = {
        'format': 'submitdesk-package', 'format_version': 1,
        'profile': {'id': 'lifelong-2022', 'version': '2022.1'}, 'batch': 'spring', 'draft': True,
        'created': '2022-04-01T10:00:00Z',
        'unit': {'name': '国家开放大学', 'person': '张三', 'title': '', 'phone': '', 'mobile': '', 'email': ''},
        'resources': [{'id': 'A03-0001', 'type': 'A03',
                       'values': {'title': '网络课程', 'url': 'https://example.org/c', 'catalog': catalog},
                       'files': [{'role': 'attachment', 'path': 'resources/A03-0001/notes.txt',
                                  'size': len(attachment), 'sha256': sha(attachment)}]}]}
    files['data/metadata.json'] = json.dumps(meta, ensure_ascii=False).encode()
    manifest = ''.join('%s  %s\n' % (sha(b), p) for p, b in sorted(files.items())).encode()
    bagit = b'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'
    octets = sum(len(b) for b in files.values())
    baginfo = ('Bagging-Date: 2022-04-01\nPayload-Oxum: %d.%d\n' % (octets, len(files))).encode()
    tags = {'bagit.txt': bagit, 'bag-info.txt': baginfo, 'manifest-sha256.txt': manifest}
    tagmanifest = ''.join('%s  %s\n' % (sha(b), p) for p, b in sorted(tags.items())).encode()
    entries = dict(files, **tags)
    entries['tagmanifest-sha256.txt'] = tagmanifest
    for name, mode, top in (('stored.zip', zipfile.ZIP_STORED, 'spring/'),
                            ('deflated.zip', zipfile.ZIP_DEFLATED, '')):
        with zipfile.ZipFile(os.path.join(out, name), 'w', mode) as z:
            for p, b in sorted(entries.items()):
                z.writestr(top + p, b)


if __name__ == '__main__':
    os.makedirs(sys.argv[2], exist_ok=True)
    {'xlsx_reader': xlsx, 'package_reader': package}[sys.argv[1]](sys.argv[2])
