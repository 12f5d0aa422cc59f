#!/usr/bin/env bash
# Regenerates the HTML, DOCX and DOC fixtures and their expected CSVs (see docs/html-word.md).
# Needs Maven; the .doc also needs LibreOffice (Debian: apt-get install -y libreoffice-writer-nogui).
# The build and the tests never run this: the generated documents are committed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work="$root/target/word-fixtures"
mkdir -p "$work"
mvn -q -B test-compile dependency:build-classpath -pl extractor -am \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cp="extractor/target/test-classes:extractor/target/classes:model/target/classes:$(cat extractor/target/test-classpath.txt)"
java -Dfile.encoding=UTF-8 -cp "$cp" org.nianbao.fixturegen.MakeWordFixtures fixtures "$work"
if command -v soffice >/dev/null; then
  soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to doc:"MS Word 97" \
      --outdir "$work" "$work/converted-2019.docx" >/dev/null
  cp "$work/converted-2019.doc" fixtures/doc/converted-2019.doc
else
  echo "soffice not found: fixtures/doc/converted-2019.doc was not regenerated" >&2
fi
