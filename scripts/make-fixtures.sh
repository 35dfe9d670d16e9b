#!/usr/bin/env bash
# Builds the format fixtures under src/test/resources/fixtures/ from the five text seeds in reports-in/.
#   seeds/<seed>.html   real <table border="1"> tables with the seed's cells (scripts/fixtures/seed_to_html.py)
#   seeds/<seed>.docx   LibreOffice: HTML (StarWriter) -> MS Word 2007 XML
#   seeds/<seed>.doc    LibreOffice: HTML (StarWriter) -> MS Word 97
#   seeds/<seed>.pdf    LibreOffice: HTML (StarWriter) -> writer_pdf_Export
#   bad/*               damaged and hostile files (scripts/fixtures/make_bad.py)
# Needs: python3, LibreOffice (apt-get install -y --no-install-recommends libreoffice-writer fonts-noto-cjk),
# qpdf, poppler-utils (pdftoppm) and img2pdf. The tests only read the committed results; they never run this.
set -euo pipefail
cd "$(dirname "$0")/.."
SEEDS=src/test/resources/fixtures/seeds
BAD=src/test/resources/fixtures/bad
mkdir -p "$SEEDS" "$BAD"

for txt in reports-in/*.txt; do
  name=$(basename "$txt" .txt)
  python3 scripts/fixtures/seed_to_html.py "$txt" "$SEEDS/$name.html"
  for target in 'docx:MS Word 2007 XML' 'doc:MS Word 97' 'pdf:writer_pdf_Export'; do
    soffice --headless --infilter="HTML (StarWriter)" --convert-to "$target" --outdir "$SEEDS" "$SEEDS/$name.html" \
      >/dev/null 2>&1
  done
done

python3 scripts/fixtures/make_bad.py "$SEEDS" "$BAD" src/test/resources/corpus
