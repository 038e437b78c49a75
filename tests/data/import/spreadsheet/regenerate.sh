#!/usr/bin/env bash
# Rebuilds the spreadsheet fixtures: the two sheets (flat ODS, from make_sheets.py), the CSVs LibreOffice writes
# from them, and the expected import summaries; then checks that every CSV is exactly what the model predicts.
#
#   apt-get install --no-install-recommends libreoffice-calc-nogui     (made with LibreOffice 7.4.7, Debian 12)
#   bash tests/data/import/spreadsheet/regenerate.sh
#
# CSV filter options (https://help.libreoffice.org/latest/en-US/text/shared/guide/csv_params.html), in order:
#   1 field separator (44 = ,)   2 text delimiter (34 = ")   3 character set (61 = code page 936 / GBK,
#   76 = UTF-8)   4 first line (import only)   5 column formats (import only)   6 language (2052 = zh-CN)
#   7 quote all text cells   8 import: detect special numbers; export: write numbers as numbers (false quotes
#   them like text)   9 save cell contents as shown
#   10 export cell formulas   11 remove spaces (import only)
# LibreOffice 7.4 has no option that writes a UTF-8 BOM: the UTF-8 files have none (see README.md).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

python3 make_sheets.py

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A private profile, so nobody's LibreOffice settings change the output. The sheets' default language is zh-CN
# (set in the .fods), which decides how date cells are written when they are not saved as shown, whatever the
# locale LibreOffice runs in.
profile="file://$work/profile"

convert() { # sheet charset as_shown output
    local out="$work/$4"
    mkdir -p "$out"
    soffice -env:UserInstallation="$profile" --headless \
        --convert-to "csv:Text - txt - csv (StarCalc):44,34,$2,1,,2052,false,true,$3,false,false" \
        --outdir "$out" "$1.fods" >/dev/null
    mv "$out/$1.csv" "$4"
}

convert workers   61 true  workers.gbk.csv           # Save As ▸ Text CSV, 简体中文 (GBK), as shown (the default)
convert workers   76 true  workers.utf8.csv          # the same, Unicode (UTF-8)
convert workers   76 false workers.utf8-values.csv   # UTF-8 with "Save cell contents as shown" switched off
convert vacancies 61 true  vacancies.gbk.csv
convert vacancies 76 true  vacancies.utf8.csv

python3 make_sheets.py --check
