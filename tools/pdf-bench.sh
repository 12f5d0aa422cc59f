#!/usr/bin/env bash
# PDF speed against its peers, at one thread, start-up included: CPU time (user + sys) of
#   nianbao extract -j 1, tabula-java 1.0.5 lattice (-l, batch mode), bare PDFBox 3 text extraction,
# each one process over the same folder of PDFs.
# Usage: tools/pdf-bench.sh DIR_OF_PDFS [RUNS] [--peer-flags]
# On a shared machine the load changes from one minute to the next, so each repetition runs the
# three tools back to back, and the medians over RUNS repetitions are reported, with each
# repetition's ratios and the load average around it. CPU time, not wall time: waiting for a core
# that another build holds costs no CPU time.
# --peer-flags also runs the peers with the JVM flags nianbao's launcher and workers use (C1 only,
# serial GC), so that the gain from those flags can be told from the gain in the code.
# nianbao runs once before the repetitions (it writes its workers' class-data archive then).
# Needs the distribution built (mvn -B -q package -DskipTests) and Maven Central for tabula-java.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$(cd "$1" && pwd)"; runs="${2:-5}"; peerflags="${3:-}"
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
cpu() { # prints "user+sys wall" seconds of the command (children included)
  /usr/bin/time -f "%U %S %e" -o "$work/time" "$@" > /dev/null 2>&1 || true
  tail -1 "$work/time" | awk '{printf "%.2f %.2f", $1 + $2, $3}'
}
median() { sort -g | awk '{v[NR]=$1} END{print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
load() { cut -d' ' -f1 /proc/loadavg; }
run_nianbao() { rm -rf "$work/out"; cpu "$here/nianbao" extract "$dir" -o "$work/out" -j 1 -q; }
quick=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
run_tabula() { rm -rf "$work/tabula-in"; cp -r "$dir" "$work/tabula-in"
  cpu java "$@" -cp "$work/tabula-lib/*" technology.tabula.CommandLineApp -l -p all -f CSV -b "$work/tabula-in"; }
run_pdfbox() { cpu java "$@" -cp "$work/classes:$lib/*" PdfBoxText "$dir"; }
run_nianbao > /dev/null
: > "$work/runs"
echo "$n PDFs under $dir, $runs repetitions, CPU seconds (user+sys, start-up included), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "rep  load  nianbao(wall)  tabula  pdfbox  nianbao/tabula  nianbao/pdfbox  load"
for r in $(seq "$runs"); do
  l0=$(load)
  read -r nb nw <<< "$(run_nianbao)"; read -r tb _ <<< "$(run_tabula)"; read -r pb _ <<< "$(run_pdfbox)"
  tq=""; pq=""
  if [ "$peerflags" = --peer-flags ]; then
    read -r tq _ <<< "$(run_tabula "${quick[@]}")"; read -r pq _ <<< "$(run_pdfbox "${quick[@]}")"
  fi
  l1=$(load)
  echo "$nb $nw $tb $pb $tq $pq $l0 $l1" >> "$work/runs"
  awk -v r="$r" -v a="$nb" -v w="$nw" -v b="$tb" -v c="$pb" -v l0="$l0" -v l1="$l1" \
    'BEGIN{printf "%3d %5s  %6.2f (%5.1f)  %6.2f  %6.2f  %14.3f  %14.3f  %s\n", r, l0, a, w, b, c, a/b, a/c, l1}'
done
col() { awk -v c="$1" '{print $c}' "$work/runs" | median; }
nb=$(col 1); nw=$(col 2); tb=$(col 3); pb=$(col 4)
rt=$(awk '{print $1/$3}' "$work/runs" | median); rp=$(awk '{print $1/$4}' "$work/runs" | median)
loads=$(awk '{print $7; print $8}' "$work/runs" | sort -g | awk 'NR==1{a=$1} {b=$1} END{print a "-" b}')
echo "medians: nianbao $nb CPU s ($nw s wall, $(awk -v n="$n" -v w="$nw" 'BEGIN{printf "%.1f", n/w}') docs/s wall), tabula $tb, PDFBox $pb; load average $loads"
echo "nianbao / tabula = $(awk -v a="$rt" 'BEGIN{printf "%.3f", a}') (median of the repetitions' ratios; target <= 0.8)," \
  "nianbao / PDFBox = $(awk -v a="$rp" 'BEGIN{printf "%.3f", a}') (target <= 1.5)"
if [ "$peerflags" = --peer-flags ]; then
  tq=$(col 5); pq=$(col 6)
  echo "peers on nianbao's JVM flags (C1 + serial GC): tabula $tq, PDFBox $pq; nianbao / tabula = $(awk -v a="$nb" -v b="$tq" 'BEGIN{printf "%.2f", a/b}'), nianbao / PDFBox = $(awk -v a="$nb" -v b="$pq" 'BEGIN{printf "%.2f", a/b}')"
fi
