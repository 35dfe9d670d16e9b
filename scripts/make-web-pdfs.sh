#!/usr/bin/env bash
# Prints the two real web pages of corpus/real-web to PDF, as an office saving a page would, for the format-invariance
# test (cli.WebPagePdfTest): src/test/resources/corpus/real-web/<page>.pdf from <page>.html.
# Needs LibreOffice with CJK fonts (apt-get install -y --no-install-recommends libreoffice-writer fonts-noto-cjk).
# The tests only read the committed results; they never run this.
set -euo pipefail
cd "$(dirname "$0")/.."
WEB=src/test/resources/corpus/real-web
for page in pingtan-zrzyj-2023 pingtan-xzspj-2023; do
  soffice --headless --convert-to pdf --outdir "$WEB" "$WEB/$page.html" >/dev/null 2>&1
  echo "$WEB/$page.pdf: $(pdfinfo "$WEB/$page.pdf" | sed -n 's/^Pages: *//p') pages"
done
