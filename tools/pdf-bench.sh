#!/usr/bin/env bash
# PDF speed against its peers, at one thread, start-up included: CPU time (user + sys) of
#   nianbao extract -j 1, tabula-java 1.0.5 lattice (-l, batch mode), bare PDFBox 3 text extraction,
# each one process over the same folder of PDFs. Usage: tools/pdf-bench.sh DIR_OF_PDFS [RUNS]
# The peers are also run with the JVM flags nianbao's launcher and workers use (C1 only, serial GC),
# so that the gain from those flags can be told from the gain in the code.
# nianbao's first run writes its workers' class-data archive; the best of RUNS is reported.
# Needs the distribution built (mvn -B -q package -DskipTests) and Maven Central for tabula-java.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$(cd "$1" && pwd)"; runs="${2:-3}"
lib="$here/corpus/target/dist/lib"
work="$here/target/pdf-bench"; mkdir -p "$work"
if [ ! -d "$work/tabula-lib" ]; then
  mvn -B -q -f "$here/tools/pdf-bench/pom.xml" dependency:copy-dependencies -DoutputDirectory="$work/tabula-lib" \
    -DincludeScope=runtime
  mvn -B -q -f "$here/tools/pdf-bench/pom.xml" dependency:copy -Dartifact=technology.tabula:tabula:1.0.5 \
    -DoutputDirectory="$work/tabula-lib"
fi
javac -nowarn -cp "$lib/*" -d "$work/classes" "$here/tools/pdf-bench/PdfBoxText.java"
n=$(find "$dir" -name '*.pdf' | wc -l)
cpu() { # prints user+sys seconds of the command (children included)
  /usr/bin/time -f "%U %S" -o "$work/time" "$@" > /dev/null 2>&1 || true
  tail -1 "$work/time" | awk '{printf "%.2f", $1 + $2}'
}
best() { # the least CPU time of $runs runs
  local b=""; for _ in $(seq "$runs"); do t=$("$@"); if [ -z "$b" ] || awk "BEGIN{exit !($t < $b)}"; then b=$t; fi; done; echo "$b"
}
run_nianbao() { rm -rf "$work/out"; cpu "$here/nianbao" extract "$dir" -o "$work/out" -j 1 -q; }
quick=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
run_tabula() { rm -rf "$work/tabula-in"; cp -r "$dir" "$work/tabula-in"
  cpu java "$@" -cp "$work/tabula-lib/*" technology.tabula.CommandLineApp -l -p all -f CSV -b "$work/tabula-in"; }
run_pdfbox() { cpu java "$@" -cp "$work/classes:$lib/*" PdfBoxText "$dir"; }
nb=$(best run_nianbao); tb=$(best run_tabula); pb=$(best run_pdfbox)
tq=$(best run_tabula "${quick[@]}"); pq=$(best run_pdfbox "${quick[@]}")
echo "$n PDFs under $dir, best of $runs runs, CPU seconds (user+sys, start-up included), $(nproc) cores, $(java -version 2>&1 | head -1)"
printf "nianbao extract -j 1   %8s\n" "$nb"
printf "tabula-java lattice    %8s\n" "$tb"
printf "bare PDFBox 3 text     %8s\n" "$pb"
printf "tabula-java lattice, C1 + serial GC   %8s\n" "$tq"
printf "bare PDFBox 3 text, C1 + serial GC    %8s\n" "$pq"
awk -v a="$nb" -v b="$tb" -v c="$pb" 'BEGIN{printf "nianbao / tabula = %.2f (target <= 0.8), nianbao / PDFBox = %.2f (target <= 1.5)\n", a/b, a/c}'
awk -v a="$nb" -v b="$tq" -v c="$pq" 'BEGIN{printf "with the peers on the same JVM flags: nianbao / tabula = %.2f, nianbao / PDFBox = %.2f\n", a/b, a/c}'
