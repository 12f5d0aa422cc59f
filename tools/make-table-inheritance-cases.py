#!/usr/bin/env python3
"""Variants of a generated HTML report: colour and visibility reaching cells through table structure."""
import sys, re
src, outdir = sys.argv[1:3]
base = open(src, encoding='utf-8').read()
stem = 'x'
def row_with(label, s):
    i = s.find('>' + label + '<')
    if i < 0:
        i = s.find('<p>' + label + '</p>')
    j = s.rfind('<tr', 0, i)
    return j
def tag_row(s, label, attrs):
    j = row_with(label, s)
    assert j >= 0, label
    return s[:j] + '<tr ' + attrs + s[j + 3:]
def style(s, css):
    return s.replace('</head>', '<style>' + css + '</style>\n</head>', 1)
variants = {}
s = tag_row(base, '规章', 'style="color:#fff"')
variants['tr-style-white'] = tag_row(s, '二、上年结转政府信息公开申请数量', 'style="color: rgb(255,255,255)"')
s = style(base, '.stale { color: #ffffff }')
variants['tr-class-white'] = tag_row(tag_row(s, '行政许可', 'class="stale"'), '（一）予以公开', 'class="stale"')
variants['tr-bgcolor'] = tag_row(tag_row(base, '规范性文件', 'bgcolor="black"'), '（一）予以公开', 'bgcolor="#000"')
# a second tbody around table 三's row 二 with white text
j = row_with('二、上年结转政府信息公开申请数量', base); k = base.find('</tr>', j) + 5
variants['tbody-white'] = base[:j] + '</tbody><tbody style="color:white">' + base[j:k] + '</tbody><tbody>' + base[k:]
# table bgcolor + thead colour
variants['table-bgcolor-black'] = base.replace('<table border="1" cellspacing="0" cellpadding="0">', '<table border="1" cellspacing="0" cellpadding="0" bgcolor="#000000" style="color:#000">', 1)
# a column background (browsers paint it under the cells) and a column colour (browsers ignore it)
t = base.find('<table'); tb = base.find('>', t) + 1
variants['col-background-black'] = base[:tb] + '<colgroup><col><col style="background-color:#000"><col><col></colgroup>' + base[tb:]
variants['col-color-white'] = base[:tb] + '<colgroup><col><col style="color:#fff"><col><col></colgroup>' + base[tb:]
variants['col-collapse'] = base[:tb] + '<colgroup><col><col><col><col style="visibility:collapse"></colgroup>' + base[tb:]
variants['nth-child-white'] = style(base, 'table tr:nth-child(4n+3) td { color: #fff; }')
for name, text in variants.items():
    open(f'{outdir}/{name}-' + src.split('-')[-1], 'w', encoding='utf-8').write(text)
