#!/usr/bin/env python3
"""DOCX siblings of the DOC red-team cases of issue 10 (branch docsilent), from a generated report.

Usage: make-word-redteam-siblings.py BASE.docx TEXTBOX.docx OUT
  BASE.docx    generated report 0001-2021 (./nianbao generate G --count 12 --seed 8089 --formats html-utf8,docx)
  TEXTBOX.docx corpus/redteam/textbox-value-2021.docx
Then: soffice --headless --convert-to doc OUT/*.docx (the DOC siblings), and check each rendering
(soffice --convert-to pdf, pdftoppm) before writing its gold by hand.
"""
import zipfile, os, csv, sys, re
BASE=sys.argv[1]; TEXTBOX=sys.argv[2]; OUT=sys.argv[3]; os.makedirs(OUT,exist_ok=True)
z=zipfile.ZipFile(BASE); files={n:z.read(n) for n in z.namelist()}
doc=files['word/document.xml'].decode()
W='xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def stylesxml(styles):
    s='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>'%W
    s+='<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    for sid,base,rpr in styles:
        s+='<w:style w:type="character" w:customStyle="1" w:styleId="%s"><w:name w:val="%s"/>%s<w:rPr>%s</w:rPr></w:style>'%(sid,sid,'<w:basedOn w:val="%s"/>'%base if base else '',rpr)
    return (s+'</w:styles>').encode()
def write(name,newdoc,styles=None):
    p=os.path.join(OUT,name+'.docx')
    with zipfile.ZipFile(p,'w',zipfile.ZIP_DEFLATED) as o:
        for n,b in files.items():
            if n=='word/document.xml': b=newdoc.encode()
            if styles is not None and n=='word/_rels/document.xml.rels': b=b.decode().replace('</Relationships>','<Relationship Id="rIdSt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>').encode()
            if styles is not None and n=='[Content_Types].xml': b=b.decode().replace('</Types>','<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml" PartName="/word/styles.xml"/></Types>').encode()
            o.writestr(n,b)
        if styles is not None: o.writestr('word/styles.xml',stylesxml(styles))
def cell(d,label,val,nth=0):
    """position of the value paragraph '<w:p><w:r><w:t>val</w:t></w:r></w:p>' after label"""
    i=d.index('<w:t>%s</w:t>'%label); a='<w:p><w:r><w:t>%s</w:t></w:r></w:p>'%val; j=d.index(a,i)
    return j,len(a)
def put(d,label,val,inner):
    j,n=cell(d,label,val); return d[:j]+'<w:p>%s</w:p>'%inner+d[j+n:]
R=lambda t,rpr='': '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>'%('<w:rPr>%s</w:rPr>'%rpr if rpr else '',t)
# A: character styles through basedOn chains
st=[('SupChar',None,'<w:vertAlign w:val="superscript"/>'),('NoteA','SupChar','<w:rFonts w:ascii="Liberation Serif"/>'),('NoteB','NoteA','<w:b/>'),
    ('WhiteChar',None,'<w:color w:val="FFFFFF"/>'),('WhiteChild','WhiteChar','<w:i/>'),
    ('TinyChar',None,'<w:sz w:val="2"/><w:szCs w:val="2"/>'),('TinyChild','TinyChar','<w:b/>'),
    ('DStrikeChar',None,'<w:dstrike/>'),('DStrikeChild','DStrikeChar','<w:i/>'),
    ('SubChar',None,'<w:vertAlign w:val="subscript"/>'),('SubChild','SubChar','<w:b/>')]
d=doc
d=put(d,'行政许可','14',R('14')+R('7','<w:rStyle w:val="NoteB"/>'))
d=put(d,'行政处罚','14',R('14')+R('9','<w:rStyle w:val="WhiteChild"/>'))
d=put(d,'行政强制','51',R('51')+R('3','<w:rStyle w:val="TinyChild"/>'))
d=put(d,'规章','18',R('18')+R('6','<w:rStyle w:val="DStrikeChild"/>'))
d=put(d,'规章','955',R('955')+R('2','<w:rStyle w:val="SubChild"/>'))
write('doc-style-chain-2021',d,st)
# B: run shading (direct and by style), small baseline digits, visible text on shading
st=[('ShadeBase',None,'<w:color w:val="FFFF00"/><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>'),('ShadeChild','ShadeBase','<w:b/>')]
d=doc
d=put(d,'行政许可','14',R('14')+R('7','<w:rStyle w:val="ShadeChild"/>'))
d=put(d,'行政处罚','14',R('14','<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>'))
d=put(d,'行政强制','51',R('51')+R('7','<w:color w:val="000080"/><w:shd w:val="clear" w:color="auto" w:fill="000080"/>'))
d=put(d,'规章','18',R('18')+R('3','<w:sz w:val="14"/>'))
d=put(d,'行政规范性文件','663',R('66')+R('3'))
d=put(d,'行政规范性文件','17',R('17')+R('12','<w:sz w:val="12"/>'))
write('doc-run-shading-2021',d,st)
# C: phonetic guides over values (LibreOffice writes them as EQ fields in DOC)
def ruby(base,guide):
    return ('<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="10"/><w:hpsRaise w:val="20"/><w:hpsBaseText w:val="21"/><w:lid w:val="zh-CN"/></w:rubyPr>'
            '<w:rt><w:r><w:rPr><w:sz w:val="10"/></w:rPr><w:t>%s</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>%s</w:t></w:r></w:rubyBase></w:ruby></w:r>')%(guide,base)
d=doc
d=put(d,'行政处罚','14',ruby('14','注'))
d=put(d,'行政规范性文件','663',ruby('663','2'))
d=put(d,'一、本年新收政府信息公开申请','47',ruby('47','1'))
write('doc-eq-ruby-2021',d)
# D: the number in a VML-only floating text box anchored in the heading after the table
z=zipfile.ZipFile(TEXTBOX); files={n:z.read(n) for n in z.namelist()}
doc=files['word/document.xml'].decode()
i=doc.index('<w:r><mc:AlternateContent>'); j=doc.index('</mc:AlternateContent></w:r>')+len('</mc:AlternateContent></w:r>')
d=doc[:i]+doc[j:]
vml=('<w:r><w:pict><v:shape id="tb9" type="#_x0000_t202" style="position:absolute;margin-left:184.6pt;margin-top:348.6pt;'
     'width:39pt;height:20pt;mso-position-horizontal-relative:page;mso-position-vertical-relative:page" filled="f" stroked="f">'
     '<v:textbox inset="0,0,0,0"><w:txbxContent><w:p><w:r><w:t>51</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
h='<w:t>三、收到和处理政府信息公开申请情况</w:t></w:r>'
k=d.index(h)+len(h)
d=d[:k]+vml+d[k:]
with zipfile.ZipFile(os.path.join(OUT,'textbox-vml-after-2021.docx'),'w',zipfile.ZIP_DEFLATED) as o:
    for n,b in files.items():
        o.writestr(n, d.encode() if n=='word/document.xml' else b)
# E: old digits in the colour of their paragraph's shading (DOC sprmPShd once saved by LibreOffice)
z=zipfile.ZipFile(BASE); files={n:z.read(n) for n in z.namelist()}
d=files['word/document.xml'].decode()
shd=lambda c:'<w:pPr><w:shd w:val="clear" w:color="auto" w:fill="%s"/></w:pPr>'%c
def putp(d,label,val,ppr,inner):
    j,n=cell(d,label,val); return d[:j]+'<w:p>%s%s</w:p>'%(ppr,inner)+d[j+n:]
d=putp(d,'行政许可','14',shd('FFF2CC'),R('14')+R('7','<w:color w:val="FFF2CC"/>'))
d=putp(d,'行政强制','51',shd('DEEAF6'),R('51')+R('3','<w:color w:val="DEEAF6"/>'))
d=putp(d,'行政处罚','14',shd('DEEAF6'),R('14','<w:color w:val="1F4E79"/>'))
with zipfile.ZipFile(os.path.join(OUT,'doc-paragraph-shading-2021.docx'),'w',zipfile.ZIP_DEFLATED) as o:
    for n,b in files.items():
        o.writestr(n, d.encode() if n=='word/document.xml' else b)
