#!/usr/bin/env python3
"""Red team rty: a DOCX with a running header and/or footer and page margins of our choosing, so that
LibreOffice's PDF of it (soffice --convert-to pdf) prints the header above the continued table on every page
and the page breaks fall at other rows of tables 三/四.

usage: docx_furniture.py IN.docx OUT.docx [--header TEXT] [--footer TEXT] [--page-number] [--top MM]
       [--bottom MM] [--left MM] [--right MM] [--header-rule] [--repeat-header] [--valign center]
--page-number puts a PAGE field (— N —) in the footer; --header-rule draws a line under the header paragraph
(the usual 公文 running head); --repeat-header marks every table's first row as a repeated header row.
"""
import argparse, re, zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def para(text, rule=False, page=False, align='center'):
    ppr = f'<w:pPr><w:jc w:val="{align}"/>' + \
        ('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>' if rule else '') + '</w:pPr>'
    runs = ''
    for i, piece in enumerate(text.split('\t')):
        if i:
            runs += '<w:r><w:tab/></w:r>'
        if piece:
            runs += f'<w:r><w:t xml:space="preserve">{piece}</w:t></w:r>'
    if page:
        runs += ('<w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                 '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                 '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r>')
    return f'<w:p>{ppr}{runs}</w:p>'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('src'); ap.add_argument('dst')
    ap.add_argument('--header'); ap.add_argument('--footer'); ap.add_argument('--page-number', action='store_true')
    ap.add_argument('--header-rule', action='store_true'); ap.add_argument('--repeat-header', action='store_true')
    ap.add_argument('--header-align', default='center')
    ap.add_argument('--valign', help='w:vAlign of every cell (center, bottom): Word reports often centre cells')
    for m in ('top', 'bottom', 'left', 'right'):
        ap.add_argument('--' + m, type=float, default=25.4)
    a = ap.parse_args()
    zin = zipfile.ZipFile(a.src)
    parts = {n: zin.read(n) for n in zin.namelist()}
    doc = parts['word/document.xml'].decode()
    rels = parts['word/_rels/document.xml.rels'].decode()
    types = parts['[Content_Types].xml'].decode()
    refs = ''
    if a.header:
        parts['word/header1.xml'] = f'<?xml version="1.0" encoding="UTF-8"?><w:hdr {W}>{para(a.header, a.header_rule, align=a.header_align)}</w:hdr>'.encode()
        rels = rels.replace('</Relationships>', '<Relationship Id="rIdH1" Target="header1.xml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"/></Relationships>')
        types = types.replace('</Types>', '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml" PartName="/word/header1.xml"/></Types>')
        refs += '<w:headerReference w:type="default" r:id="rIdH1"/>'
    if a.footer is not None or a.page_number:
        parts['word/footer1.xml'] = f'<?xml version="1.0" encoding="UTF-8"?><w:ftr {W}>{para(a.footer or "", page=a.page_number)}</w:ftr>'.encode()
        rels = rels.replace('</Relationships>', '<Relationship Id="rIdF1" Target="footer1.xml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"/></Relationships>')
        types = types.replace('</Types>', '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" PartName="/word/footer1.xml"/></Types>')
        refs += '<w:footerReference w:type="default" r:id="rIdF1"/>'
    tw = lambda mm: int(round(mm / 25.4 * 1440))
    sect = (f'<w:sectPr>{refs}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="{tw(a.top)}" w:right="{tw(a.right)}" '
            f'w:bottom="{tw(a.bottom)}" w:left="{tw(a.left)}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
    doc = doc.replace('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">', f'<w:document {W}>', 1)
    doc = doc.replace('</w:body>', sect + '</w:body>')
    if a.valign:
        doc = doc.replace('<w:tcPr/>', '<w:tcPr></w:tcPr>')
        doc = doc.replace('</w:tcPr>', f'<w:vAlign w:val="{a.valign}"/></w:tcPr>')
    if a.repeat_header:
        doc = re.sub(r'(<w:tbl>.*?)<w:tr>', lambda m: m.group(1) + '<w:tr><w:trPr><w:tblHeader/></w:trPr>', doc, flags=re.S)
    parts['word/document.xml'] = doc.encode()
    parts['word/_rels/document.xml.rels'] = rels.encode()
    parts['[Content_Types].xml'] = types.encode()
    with zipfile.ZipFile(a.dst, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in zin.namelist() + [n for n in parts if n not in zin.namelist()]:
            z.writestr(n, parts[n])


if __name__ == '__main__':
    main()
