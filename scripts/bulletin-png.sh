#!/usr/bin/env bash
# Renders the first page of a bulletin's .docx as a PNG (LibreOffice → PDF → pdftoppm), the way docs/images/bulletin-2022Q3-page1.png was made.
# Needs: apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk
# Usage: scripts/bulletin-png.sh path/to/bulletin.docx out.png
# The official fonts (方正小标宋简体, 仿宋_GB2312, 楷体_GB2312, 黑体) are not free: bulletin-fonts.conf maps them to Noto CJK.
set -euo pipefail
docx=${1:?usage: scripts/bulletin-png.sh bulletin.docx out.png}
png=${2:?usage: scripts/bulletin-png.sh bulletin.docx out.png}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$docx" "$work/bulletin.docx"
FONTCONFIG_FILE="$here/bulletin-fonts.conf" soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$work/bulletin.docx" >/dev/null
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/bulletin.pdf" "$work/page"
cp "$work/page.png" "$png"
pdfinfo "$work/bulletin.pdf" | grep -E '^(Pages|Page size)'
