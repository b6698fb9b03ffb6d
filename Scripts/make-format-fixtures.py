#!/usr/bin/env python3
"""Re-encodes and re-formats the district seed into the fixtures that the format tests read.

Each fixture must parse to the same outline and targets as seeds/yubei-2025-district-tasks.txt:
GB18030, UTF-16 LE and BE with a BOM, UTF-8 with a BOM, CRLF line ends, full-width digits,
a web page, and a Word .docx whose section and task numbers are Word list numbering.
Run from the repository root: python3 Scripts/make-format-fixtures.py
"""
import html
import re
import zipfile

SEED = "seeds/yubei-2025-district-tasks.txt"
OUT = "Tests/PlanAlignKitTests/Fixtures/formats/"
text = open(SEED, encoding="utf-8").read()

open(OUT + "district.gb18030.txt", "wb").write(text.encode("gb18030"))
open(OUT + "district.utf16le.txt", "wb").write(b"\xff\xfe" + text.encode("utf-16-le"))
open(OUT + "district.utf16be.txt", "wb").write(b"\xfe\xff" + text.encode("utf-16-be"))
open(OUT + "district.bom.txt", "wb").write(b"\xef\xbb\xbf" + text.encode("utf-8"))
open(OUT + "district.crlf.txt", "wb").write(text.replace("\n", "\r\n").encode("utf-8"))
open(OUT + "district.fullwidth.txt", "w", encoding="utf-8").write(
    "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isdigit() else c for c in text))

lines = text.split("\n")
page = ["<!DOCTYPE html><html><head><title>工作要点</title><style>p{margin:0}</style>",
        "<script>var nav = '1.首页';</script></head><body>",
        "<nav><a href='/'>首页</a> &gt; <a href='/gk'>政务公开</a></nav>"]
for line in lines:
    page.append("<p>%s</p>" % html.escape(line).replace("“", "&ldquo;").replace("”", "&rdquo;"))
page.append("<footer>版权所有 &copy; 2025</footer></body></html>")
open(OUT + "district.html", "w", encoding="utf-8").write("\n".join(page))

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
section = re.compile(r"^([一二三四五六七八九十]+)、")
task = re.compile(r"^(\d+)\.")
paragraphs = []
for line in lines:
    stripped = line.strip()
    number = ""
    if section.match(stripped):
        number = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        stripped = section.sub("", stripped)
    elif task.match(stripped) and not re.match(r"^\d+\.\d", stripped):
        number = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr>'
        stripped = task.sub("", stripped)
    paragraphs.append('<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (number, html.escape(stripped, quote=False)))
document = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s</w:body></w:document>' % (W, "".join(paragraphs))
numbering = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering %s>'
             '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%%1、"/></w:lvl></w:abstractNum>'
             '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
             '</w:numbering>') % W
content_types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/></Types>')
with zipfile.ZipFile(OUT + "district.docx", "w", zipfile.ZIP_DEFLATED) as archive:
    archive.writestr("[Content_Types].xml", content_types)
    archive.writestr("word/document.xml", document)
    archive.writestr("word/numbering.xml", numbering)
