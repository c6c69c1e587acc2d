#!/usr/bin/env bash
# Render the HTML brief of the bundled seeds in headless Chromium, to PDF (A4, as
# printed) and to PNG (as on screen), so anyone can look at both.
#   bash bench/render_html_brief.sh [OUT_DIR]     (needs Debian's chromium; poppler-utils for the PDF's PNG)
set -euo pipefail
out=${1:-/tmp/briefing-html}
mkdir -p "$out"
briefing brief --all -o "$out/brief.html"
flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$(mktemp -d)")
chromium "${flags[@]}" --print-to-pdf="$out/brief.pdf" --no-pdf-header-footer "file://$out/brief.html" 2>/dev/null
chromium "${flags[@]}" --window-size=1000,1400 --screenshot="$out/brief.png" "file://$out/brief.html" 2>/dev/null
if command -v pdftoppm >/dev/null; then pdftoppm -png -r 60 "$out/brief.pdf" "$out/page"; fi
ls -1 "$out"
