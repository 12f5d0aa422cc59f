#!/usr/bin/env bash
# Regenerates the fixtures of unseen and struck text, footnote markers, div tables and altChunk
# (issue 10; docs/invariant.md, docs/fixtures.md) and their expected CSVs. Needs Maven and LibreOffice
# (soffice) for the LibreOffice re-saved DOCX and the Word 97 .doc. The build never runs this.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work="$root/target/unseen-fixtures"
mkdir -p "$work"
mvn -q -B test-compile dependency:build-classpath -pl extractor -am \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cp="extractor/target/test-classes:extractor/target/classes:model/target/classes:$(cat extractor/target/test-classpath.txt)"
java -Dfile.encoding=UTF-8 -cp "$cp" org.nianbao.fixturegen.MakeUnseenFixtures fixtures "$work"
lo() { soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null; }
# LibreOffice opens the tracked changes, strike-through, hidden and superscript runs and writes them back
mkdir -p "$work/lo-docx" "$work/lo-doc"
lo --convert-to docx:"MS Word 2007 XML" --outdir "$work/lo-docx" "$work/revisions-2019-source.docx"
cp "$work/lo-docx/revisions-2019-source.docx" fixtures/docx/revisions-2019-libreoffice.docx
lo --convert-to doc:"MS Word 97" --outdir "$work/lo-doc" "$work/revisions-2019-source.docx"
cp "$work/lo-doc/revisions-2019-source.doc" fixtures/doc/revisions-2019.doc
