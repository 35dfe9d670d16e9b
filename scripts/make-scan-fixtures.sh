#!/usr/bin/env bash
# Builds the scanned-report fixtures under src/test/resources/fixtures/scans/: every seed PDF and the three real
# PDFs of the corpus printed and scanned, as far as a script can: each page rasterised in grey at 200 and 300 dpi,
# turned by a slight angle (under 1°, a different one per file), softened as a scanner's optics do, with a faint
# grain and JPEG compression, then wrapped page by page into an image-only PDF (no text layer).
# Needs poppler-utils (pdftoppm), imagemagick (/usr/bin/convert) and img2pdf, from Debian:
#   apt-get install -y poppler-utils imagemagick img2pdf
# The output is the same on every run with the same tool versions (fixed angles and noise seeds, img2pdf --nodate).
# The tests only read the committed results; they never run this.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=src/test/resources/fixtures/scans
CONVERT=/usr/bin/convert   # the real ImageMagick, not a stand-in earlier on PATH
mkdir -p "$OUT"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# file  angle (degrees, counter-clockwise positive as ImageMagick's -rotate is clockwise: the sign is flipped below)
angles="000_41ea44dbb3ddc373 0.6
001_e4a3f774cb655e90 -0.8
002_ced1e3ba6e50580e 0.9
003_1df9ee14cdc84c49 -0.4
004_11d5421f1e46d2a7 0.7
huaian-city-gov-2024 -0.6
huaian-hongze-district-gov-2023 0.8
huaian-hongze-district-gov-2024 -0.9"

seed=1
while read -r name angle; do
  if [ -f "src/test/resources/fixtures/seeds/$name.pdf" ]; then src="src/test/resources/fixtures/seeds/$name.pdf"
  else src="src/test/resources/corpus/$name.pdf"; fi
  for dpi in 200 300; do
    rm -f "$work"/page-*
    pdftoppm -r "$dpi" -gray -png "$src" "$work/page"
    pages=()
    for png in "$work"/page-*.png; do
      jpg="${png%.png}.jpg"
      "$CONVERT" "$png" -background white -rotate "$angle" -seed "$seed" -attenuate 0.1 +noise Gaussian \
        -blur 0x0.5 -type Grayscale -strip -quality 30 "$jpg"
      pages+=("$jpg")
      seed=$((seed + 1))
    done
    img2pdf --nodate --pagesize A4 -o "$OUT/$name-$dpi.pdf" "${pages[@]}"
  done
done <<< "$angles"
ls -l "$OUT"
