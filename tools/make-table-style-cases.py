#!/usr/bin/env python3
"""Give a generated DOCX a styles part with a table style, and name it on every table (tblStyle + tblLook).
usage: tblstyle.py IN.docx OUT.docx CASE"""
import sys, zipfile, re
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
src, dst, case = sys.argv[1:4]

def style(sid, name, body, based=None):
    b = f'<w:basedOn w:val="{based}"/>' if based else ''
    return f'<w:style w:type="table" w:styleId="{sid}"><w:name w:val="{name}"/>{b}<w:uiPriority w:val="59"/>{body}</w:style>'

NORMAL = ('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
          '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
          '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
          '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>')
DEFAULTS = '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="SimSun"/><w:sz w:val="21"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
GRID = ('<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr>')

if case == 'lastcol-white':
    # a template whose last column was styled for a dark fill that was later taken off: white text on the page
    styles = style('ReportGrid', '报表网格', '<w:rPr><w:color w:val="000000"/></w:rPr>' + GRID +
                   '<w:tblStylePr w:type="lastCol"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr></w:tblStylePr>', 'TableNormal')
    look = '<w:tblLook w:val="05A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="1" w:noHBand="0" w:noVBand="1"/>'
    sid = 'ReportGrid'
elif case == 'band-shading':
    # banded rows whose fill is the text colour (the designer forgot white text for band 2); first column white with black labels
    styles = style('BandGrid', '蓝色条纹', '<w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/></w:tblPr>'
                   '<w:rPr><w:color w:val="1F4E79"/></w:rPr>' + GRID +
                   '<w:tblStylePr w:type="band2Horz"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr></w:tblStylePr>'
                   '<w:tblStylePr w:type="firstCol"><w:rPr><w:color w:val="000000"/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="FFFFFF"/></w:tcPr></w:tblStylePr>'
                   '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="000000"/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="FFFFFF"/></w:tcPr></w:tblStylePr>',
                   'TableNormal')
    look = '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
    sid = 'BandGrid'
elif case == 'lastrow-vanish':
    # a style based on another whose last row (a 合计 row in the template) is hidden
    styles = (style('BaseGrid', '基础网格', GRID + '<w:tblStylePr w:type="lastRow"><w:rPr><w:vanish/></w:rPr></w:tblStylePr>', 'TableNormal')
              + style('AnnualGrid', '年报表格', '<w:rPr><w:color w:val="000000"/></w:rPr>', 'BaseGrid'))
    look = '<w:tblLook w:val="0660" w:firstRow="1" w:lastRow="1" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
    sid = 'AnnualGrid'
elif case == 'lastrow-vanish-flat':
    styles = style('AnnualGrid', '年报表格', '<w:rPr><w:color w:val="000000"/></w:rPr>' + GRID + '<w:tblStylePr w:type="lastRow"><w:rPr><w:vanish/></w:rPr></w:tblStylePr>', 'TableNormal')
    look = '<w:tblLook w:val="0660" w:firstRow="1" w:lastRow="1" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
    sid = 'AnnualGrid'
elif case == 'lastrow-white-based':
    styles = (style('BaseGrid', '基础网格', GRID + '<w:tblStylePr w:type="lastRow"><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:tblStylePr>', 'TableNormal')
              + style('AnnualGrid', '年报表格', '<w:rPr><w:sz w:val="21"/></w:rPr>', 'BaseGrid'))
    look = '<w:tblLook w:val="0660" w:firstRow="1" w:lastRow="1" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
    sid = 'AnnualGrid'
elif case == 'grid-accent':
    # Word's built-in 网格表 4 - 着色 1 (Grid Table 4 Accent 1), as Word writes it: a control, everything shows
    styles = style('GridTable4-Accent1', 'Grid Table 4 Accent 1', '<w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/></w:tblPr>' + GRID +
                   '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF" w:themeColor="background1"/></w:rPr>'
                   '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="4472C4" w:themeFill="accent1"/></w:tcPr></w:tblStylePr>'
                   '<w:tblStylePr w:type="lastRow"><w:rPr><w:b/><w:bCs/></w:rPr></w:tblStylePr>'
                   '<w:tblStylePr w:type="firstCol"><w:rPr><w:b/><w:bCs/></w:rPr></w:tblStylePr>'
                   '<w:tblStylePr w:type="band1Vert"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr>'
                   '<w:tblStylePr w:type="band1Horz"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr>', 'TableNormal')
    look = '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
    sid = 'GridTable4-Accent1'
else:
    sys.exit('unknown case ' + case)

zin = zipfile.ZipFile(src)
zout = zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED)
for item in zin.infolist():
    data = zin.read(item.filename)
    if item.filename == 'word/document.xml':
        s = data.decode('utf-8')
        s = re.sub(r'<w:tblPr>', f'<w:tblPr><w:tblStyle w:val="{sid}"/>', s)
        s = re.sub(r'</w:tblPr>', look + '</w:tblPr>', s)
        data = s.encode('utf-8')
    elif item.filename == 'word/_rels/document.xml.rels':
        s = data.decode('utf-8')
        s = s.replace('</Relationships>', '<Relationship Id="rIdStyles" Target="styles.xml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"/></Relationships>')
        data = s.encode('utf-8')
    elif item.filename == '[Content_Types].xml':
        s = data.decode('utf-8')
        s = s.replace('</Types>', '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml" PartName="/word/styles.xml"/></Types>')
        data = s.encode('utf-8')
    zout.writestr(item, data)
zout.writestr('word/styles.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>{DEFAULTS}{NORMAL}{styles}</w:styles>')
zout.close()
