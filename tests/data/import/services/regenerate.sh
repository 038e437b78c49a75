#!/usr/bin/env bash
# Rebuilds the training roster fixture as ../fair/regenerate.sh does: the sheet (flat ODS, from make_roster.py), then
# LibreOffice's "Save As ▸ Text CSV" in 简体中文 (GBK, character set 61), cells saved as shown.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
python3 make_roster.py
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
soffice -env:UserInstallation="file://$work/profile" --headless \
    --convert-to "csv:Text - txt - csv (StarCalc):44,34,61,1,,2052,false,true,true,false,false" \
    --outdir "$work/out" training.fods >/dev/null
mv "$work/out/training.csv" training.gbk.csv
