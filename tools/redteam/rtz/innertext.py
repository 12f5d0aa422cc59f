#!/usr/bin/env python3
"""Chromium's innerText of a page: the page with a load handler that replaces the body by a <textarea>
holding document.body.innerText, run through `chromium --headless --dump-dom`, the textarea's text unescaped.
Usage: innertext.py PAGE.html OUT.txt   (TZ=Asia/Shanghai is set for page scripts)"""
import html, os, re, subprocess, sys, tempfile

page, out = sys.argv[1], sys.argv[2]
src = open(page, encoding='utf-8', errors='surrogateescape').read()
hook = ("<script>window.addEventListener('load',function(){var t=document.body.innerText;"
        "document.body.innerHTML='';var a=document.createElement('textarea');a.id='__it';a.textContent=t;"
        "document.body.appendChild(a);});</script>")
src = re.sub(r'</body>', hook + '</body>', src, count=1, flags=re.I) if re.search(r'</body>', src, re.I) else src + hook
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'p.html')
    open(p, 'w', encoding='utf-8', errors='surrogateescape').write(src)
    dom = subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
                          '--disable-background-networking', '--disable-component-update', '--disable-sync',
                          '--user-data-dir=' + os.path.join(d, 'u'), '--virtual-time-budget=3000', '--dump-dom',
                          'file://' + p], capture_output=True, text=True, env=dict(os.environ, TZ='Asia/Shanghai')).stdout
m = re.search(r'<textarea id="__it">(.*?)</textarea>', dom, re.S)
if not m:
    sys.exit('no innerText in ' + page)
open(out, 'w', encoding='utf-8').write(html.unescape(m.group(1)))
