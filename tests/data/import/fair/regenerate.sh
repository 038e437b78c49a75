#!/usr/bin/env bash
# Rebuilds the fair-sheet fixture exactly as ../spreadsheet/regenerate.sh does its sheets: the sheet (flat ODS, from
# make_fair_sheet.py), LibreOffice's "Save As ▸ Text CSV" in 简体中文 (GBK, character set 61) saved as shown, the
# expected import summary, then the check that the CSV is what the model predicts.
#
#   apt-get install --no-install-recommends libreoffice-calc-nogui     (made with LibreOffice 7.4.7, Debian 12)
#   bash tests/data/import/fair/regenerate.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

python3 make_fair_sheet.py

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
profile="file://$work/profile"
soffice -env:UserInstallation="$profile" --headless \
    --convert-to "csv:Text - txt - csv (StarCalc):44,34,61,1,,2052,false,true,true,false,false" \
    --outdir "$work/out" fair.fods >/dev/null
mv "$work/out/fair.csv" fair.gbk.csv

python3 make_fair_sheet.py --check
