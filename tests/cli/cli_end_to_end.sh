#!/usr/bin/env bash
# Runs jobbridge-cli as an officer's script would and checks exit codes, output and untouched files: files, imports,
# packages, exports, record operations, job fairs and the audit log (the casework commands: cli_casework.sh).
# Usage: cli_end_to_end.sh CLI WORKDIR
source "$(dirname "${BASH_SOURCE[0]}")/cli_checks.sh"

expect 0 "version" -- "$cli" --version;            contains out.txt "jobbridge-cli" "version text"
expect 0 "help" -- "$cli" --help;                  contains out.txt "init DB --org CODE" "help lists init"
expect 1 "no arguments" -- "$cli"
expect 1 "unknown command" -- "$cli" frobnicate;   contains err.txt "frobnicate" "names the unknown command"
contains err.txt "未知命令" "the unknown command in Chinese"
# One language at a time: --lang anywhere on the line wins over JOBBRIDGE_LANG; an unknown one is refused.
expect 0 "help in Chinese" -- "$cli" --help;       contains out.txt "用法：jobbridge-cli" "usage in Chinese"
contains out.txt "--lang zh_CN|en" "help documents --lang"
checks=$((checks + 1)); grep -q "Usage:" out.txt && { echo "FAIL: Chinese help has English"; failures=$((failures + 1)); }
expect 0 "help in English" -- "$cli" --help --lang en; contains out.txt "Usage: jobbridge-cli <command> [options]" "usage in English"
contains out.txt "Create a file whose home organisation is division CODE" "English descriptions"
checks=$((checks + 1)); grep -q "用法" out.txt && { echo "FAIL: English help has Chinese"; failures=$((failures + 1)); }
expect 1 "unknown command in English" -- "$cli" --lang=en frobnicate; contains err.txt 'Unknown command "frobnicate"' "English error"
expect 1 "unknown --lang" -- "$cli" --lang fr --help; contains err.txt "--lang" "names the option"
contains err.txt "fr" "names the refused language"; contains err.txt "zh_CN" "names the languages it knows"
expect 1 "--lang without a value" -- "$cli" stats x.db --lang
expect 1 "init without --org" -- "$cli" init a.jobbridge
contains err.txt "需要一个文件名和 --org CODE" "says what init needs"
expect 1 "unknown option" -- "$cli" stats --bogus x.db
expect 1 "bad --workers" -- "$cli" demo d.jobbridge --workers many
contains err.txt "--workers 需要非负整数" "explains --workers"
expect 1 "bad --workers in English" -- "$cli" demo d.jobbridge --lang en --workers many
contains err.txt "--workers needs a non-negative integer" "explains --workers in English"
expect 2 "unknown division" -- "$cli" init u.jobbridge --org 999999
contains err.txt "999999" "names the bad code"
[[ -e u.jobbridge ]] && { echo "FAIL: a file was left for an unknown division"; failures=$((failures + 1)); }

expect 0 "init" -- "$cli" init a.jobbridge --org 340122; contains out.txt "肥东县" "init names the organisation"
sum_a=$(sha256sum a.jobbridge | cut -d' ' -f1)
expect 2 "init over an existing file" -- "$cli" init a.jobbridge --org 340122
contains err.txt "已存在" "says the file exists"
same a.jobbridge "$sum_a" "init refused"

expect 0 "demo" -- "$cli" demo d.jobbridge --seed 7 --workers 400 --enterprises 40 --today 2026-11-23
expect 0 "stats json" -- "$cli" stats d.jobbridge --json
contains out.txt '"workers": 400' "400 workers counted"
contains out.txt '"enterprises": 40' "40 enterprises counted"
contains out.txt '"code": "340122"' "home code"
contains out.txt '"name_zh": "农民工"' "key groups listed"
cp out.txt stats-first.json
expect 2 "demo into a filled file" -- "$cli" demo d.jobbridge --seed 8
expect 0 "stats again" -- "$cli" stats d.jobbridge --json
checks=$((checks + 1)); cmp -s out.txt stats-first.json || { echo "FAIL: refused demo changed the counts"; failures=$((failures + 1)); }
expect 0 "stats text" -- "$cli" stats d.jobbridge; contains out.txt "重点群体" "text output in Chinese"

# metrics: the dashboard's numbers, as text and JSON; the JSON is the same whatever the output form.
expect 0 "metrics json" -- "$cli" metrics d.jobbridge --period 2026 --today 2026-11-23 --json
contains out.txt '"metric": "stable_employment"' "lists stable employment"
contains out.txt '"as_of": "2026-11-23"' "as of the day given"
cp out.txt metrics-year.json
expect 0 "metrics json again" -- "$cli" metrics d.jobbridge --period 2026 --today 2026-11-23 --json
checks=$((checks + 1)); cmp -s out.txt metrics-year.json || { echo "FAIL: metrics not repeatable"; failures=$((failures + 1)); }
expect 0 "metrics phase text" -- "$cli" metrics d.jobbridge --period 2026-concentrated --today 2026-11-23
contains out.txt "稳定就业" "text in Chinese"; contains out.txt "2026-01-15…2026-04-10" "phase dates"
expect 0 "metrics month of a sub-unit" -- "$cli" metrics d.jobbridge --period 2026-03 --org 340122-001 --today 2026-11-23
contains out.txt "店埠镇" "the sub-unit"
expect 1 "metrics without --period" -- "$cli" metrics d.jobbridge
expect 2 "metrics for an unknown period" -- "$cli" metrics d.jobbridge --period spring; contains err.txt "spring" "names the period"
expect 2 "metrics for an unknown organisation" -- "$cli" metrics d.jobbridge --period 2026 --org 999999

# The period lock: submit, refuse a second submission, unlock only with a reason.
cp d.jobbridge lock.jobbridge
expect 0 "submit a month" -- "$cli" submit lock.jobbridge --month 2026-03 --today 2026-11-23; contains out.txt "已报送" "says submitted"
expect 2 "submit it again" -- "$cli" submit lock.jobbridge --month 2026-03 --today 2026-11-23; contains err.txt "解锁" "says to unlock first"
expect 1 "unlock without a reason" -- "$cli" unlock lock.jobbridge --month 2026-03
expect 0 "unlock with a reason" -- "$cli" unlock lock.jobbridge --month 2026-03 --reason "补录"
expect 2 "unlock twice" -- "$cli" unlock lock.jobbridge --month 2026-03 --reason "again"
expect 2 "submit a month not begun" -- "$cli" submit lock.jobbridge --month 2027-01 --today 2026-11-23
contains err.txt "2026-11-23 不能出“2027-01”的月报" "names the month the Reports page would not offer"
expect 2 "submit a month of an earlier year the file does not keep" -- "$cli" submit lock.jobbridge --month 2019-05 --today 2026-11-23
contains err.txt "不能出“2019-05”的月报" "refuses a month the Reports page would not offer"

head -c 8192 /dev/urandom > random.db; sum_r=$(sha256sum random.db | cut -d' ' -f1)
expect 2 "random file as a database" -- "$cli" stats random.db
contains err.txt "不是 JobBridge" "explains the refusal"; same random.db "$sum_r" "random file"
expect 2 "demo into a random file" -- "$cli" demo random.db; same random.db "$sum_r" "random file (demo)"
expect 2 "missing file" -- "$cli" stats missing.jobbridge; contains err.txt "不存在" "says it is missing"

# ---- import, import-batches, import-undo -------------------------------------------------------------------------
table_counts() { # table_counts FILE: the per-table lines of a stats --json output that an import changes
  grep -E '"(workers|worker_key_groups|worker_hardships|worker_service_needs|enterprises|vacancies)":' "$1"
}
expect 0 "init for import" -- "$cli" init imp.jobbridge --org 340122
expect 0 "stats before import" -- "$cli" stats imp.jobbridge --json; table_counts out.txt > counts-empty.txt
expect 0 "import workers --json" -- "$cli" import imp.jobbridge --kind workers "$data/workers_basic.csv" --json
for key in encoding delimiter header_line rows_read inserted updated unchanged rejected warnings skipped_empty \
           issues line column value code message; do
  contains out.txt "\"$key\":" "import --json has $key"
done
contains out.txt '"inserted": 4' "4 workers inserted"
contains out.txt '"rejected": 1' "1 row rejected"
contains out.txt '"skipped_empty": 2' "2 empty rows skipped"
contains out.txt '"code": "id_checksum"' "the rejected row's reason code"
expect 0 "stats after import" -- "$cli" stats imp.jobbridge --json; table_counts out.txt > counts-first.txt
contains out.txt '"workers": 4' "4 workers stored"

sum_i=$(sha256sum imp.jobbridge | cut -d' ' -f1)
expect 0 "dry run" -- "$cli" import imp.jobbridge --kind workers "$data/workers_update.csv" --dry-run --json
contains out.txt '"dry_run": true' "dry run reported"
contains out.txt '"inserted": 1' "dry run counts what it would insert"
same imp.jobbridge "$sum_i" "dry run"
expect 0 "stats after dry run" -- "$cli" stats imp.jobbridge --json; table_counts out.txt > counts-dry.txt
checks=$((checks + 1)); cmp -s counts-first.txt counts-dry.txt || { echo "FAIL: dry run changed the counts"; failures=$((failures + 1)); }

expect 0 "import with an error file" -- "$cli" import imp.jobbridge --kind workers "$data/workers_basic.csv" --errors errors.csv
contains err.txt "errors.csv" "says where the error file went"
contains err.txt "2 行" "says how many rows went to the error file"
checks=$((checks + 1))
[[ "$(head -c 3 errors.csv | od -An -tx1 | tr -d ' ')" == "efbbbf" ]] || { echo "FAIL: error file has no BOM"; failures=$((failures + 1)); }
contains errors.csv "行号,列,原因" "error file header"
contains out.txt "未变 4" "the same file again: every row unchanged"

sum_i=$(sha256sum imp.jobbridge | cut -d' ' -f1)
head -c 8192 /dev/urandom > random.csv
expect 2 "binary file" -- "$cli" import imp.jobbridge --kind workers random.csv;  same imp.jobbridge "$sum_i" "binary import"
contains err.txt "不是文本文件" "explains the binary file"
expect 2 "missing CSV" -- "$cli" import imp.jobbridge --kind workers missing.csv; same imp.jobbridge "$sum_i" "missing CSV"
contains err.txt "不存在" "says the CSV is missing"
mkdir -p folder.csv
expect 2 "a folder as CSV" -- "$cli" import imp.jobbridge --kind workers folder.csv; same imp.jobbridge "$sum_i" "folder"
expect 2 "no ID column" -- "$cli" import imp.jobbridge --kind workers "$data/workers_missing_id_column.csv"
same imp.jobbridge "$sum_i" "missing required column"
expect 2 "import into a random file" -- "$cli" import random.db --kind workers "$data/workers_basic.csv"; same random.db "$sum_r" "random db"
expect 1 "bad --kind" -- "$cli" import imp.jobbridge --kind people "$data/workers_basic.csv"
expect 1 "bad --encoding" -- "$cli" import imp.jobbridge --kind workers "$data/workers_basic.csv" --encoding latin1
expect 1 "import without FILE" -- "$cli" import imp.jobbridge --kind workers
expect 1 "import-undo without --batch" -- "$cli" import-undo imp.jobbridge

expect 0 "import an update" -- "$cli" import imp.jobbridge --kind workers "$data/workers_update.csv" --json
contains out.txt '"updated": 1' "one worker updated"
contains out.txt '"batch_id": 3' "third batch"
expect 0 "batches --json" -- "$cli" import-batches imp.jobbridge --json
contains out.txt '"file_name": "workers_update.csv"' "batch list names the file"
contains out.txt '"file_sha256": "' "batch list has the hash"
expect 2 "undo the first batch while a later one changed its records" -- "$cli" import-undo imp.jobbridge --batch 1
contains err.txt "请先撤销第 3 批" "names the batch to undo first"
expect 0 "undo the update" -- "$cli" import-undo imp.jobbridge --batch 3
expect 0 "stats after undo" -- "$cli" stats imp.jobbridge --json; table_counts out.txt > counts-undone.txt
checks=$((checks + 1)); cmp -s counts-first.txt counts-undone.txt || { echo "FAIL: undo did not restore the counts"; diff counts-first.txt counts-undone.txt; failures=$((failures + 1)); }
expect 2 "undo twice" -- "$cli" import-undo imp.jobbridge --batch 3; contains err.txt "已于" "says it was undone already"
expect 0 "undo the unchanged re-import" -- "$cli" import-undo imp.jobbridge --batch 2
expect 0 "undo the first import" -- "$cli" import-undo imp.jobbridge --batch 1
expect 0 "stats after undoing everything" -- "$cli" stats imp.jobbridge --json; table_counts out.txt > counts-all-undone.txt
checks=$((checks + 1)); cmp -s counts-empty.txt counts-all-undone.txt || { echo "FAIL: undoing every batch did not empty the lists"; failures=$((failures + 1)); }
expect 0 "batches text" -- "$cli" import-batches imp.jobbridge; contains out.txt "已撤销" "undone batches marked"

expect 0 "import vacancies" -- "$cli" import imp.jobbridge --kind vacancies "$data/vacancies_basic.csv" --json
contains out.txt '"inserted": 3' "3 vacancies inserted"
contains out.txt '"encoding": "GB18030"' "GB18030 detected"
expect 0 "help lists import" -- "$cli" --help; contains out.txt "import DB --kind" "help lists import"

# report: the monthly report in three formats from the fixed fixture county; the CSV is the golden file.
reports="$(cd "$data/../reports" && pwd)"
cp "$reports/county.jobbridge" rep.jobbridge; chmod u+w rep.jobbridge
expect 0 "report CSV" -- "$cli" report rep.jobbridge --month 2026-03 --today 2026-11-23 --out rep.csv
checks=$((checks + 1)); cmp -s rep.csv "$reports/monthly-2026-03.csv" || { echo "FAIL: report CSV differs from the golden file"; diff <(tr -d '\r' < "$reports/monthly-2026-03.csv") <(tr -d '\r' < rep.csv) | head -20; failures=$((failures + 1)); }
expect 0 "report XLSX" -- "$cli" report rep.jobbridge --month 2026-03 --today 2026-11-23 --out rep.xlsx
checks=$((checks + 1)); [[ "$(head -c 2 rep.xlsx)" == "PK" ]] || { echo "FAIL: rep.xlsx is not a zip"; failures=$((failures + 1)); }
if command -v unzip >/dev/null; then unzip -p rep.xlsx xl/workbook.xml > rep-book.xml; contains rep-book.xml 'name="互助保障费用"' "workbook has the insurance sheet"; fi
expect 0 "report PDF" -- "$cli" report rep.jobbridge --month 2026-03 --today 2026-11-23 --out rep.pdf
checks=$((checks + 1)); [[ "$(head -c 4 rep.pdf)" == "%PDF" ]] || { echo "FAIL: rep.pdf is not a PDF"; failures=$((failures + 1)); }
if command -v pdftotext >/dev/null; then pdftotext rep.pdf rep.txt; contains rep.txt "肥东县就业帮扶工作月报" "PDF has the title"; fi
expect 0 "report of a sub-unit in English" -- "$cli" report rep.jobbridge --month 2026-03 --org 340122-001 --today 2026-11-23 --lang en --out sub.csv
contains sub.csv "Employment assistance monthly report" "English report"
expect 2 "report for a bad month" -- "$cli" report rep.jobbridge --month 2026-13 --out bad.csv
checks=$((checks + 1)); [[ ! -e bad.csv ]] || { echo "FAIL: a failed report left bad.csv"; failures=$((failures + 1)); }
expect 2 "report for a month not begun" -- "$cli" report rep.jobbridge --month 2027-01 --today 2026-11-23 --out bad.csv
contains err.txt "2026-11-23 不能出“2027-01”的月报" "report refuses with submit's message"
expect 2 "report for a month of an earlier year the file does not keep" -- "$cli" report rep.jobbridge --month 2019-05 --today 2026-11-23 --out bad.csv
contains err.txt "不能出“2019-05”的月报" "report refuses a month the Reports page would not offer"
checks=$((checks + 1)); [[ ! -e bad.csv ]] || { echo "FAIL: a refused month left bad.csv"; failures=$((failures + 1)); }
expect 1 "report without --month" -- "$cli" report rep.jobbridge --out rep.csv
expect 1 "report without --out" -- "$cli" report rep.jobbridge --month 2026-03
expect 1 "report to an unknown format" -- "$cli" report rep.jobbridge --month 2026-03 --out rep.docx
contains err.txt ".pdf、.xlsx 或 .csv" "names the formats it writes"
checks=$((checks + 1)); [[ ! -e rep.docx ]] || { echo "FAIL: an unknown format left rep.docx"; failures=$((failures + 1)); }
expect 0 "report to an upper-case PDF name" -- "$cli" report rep.jobbridge --month 2026-03 --today 2026-11-23 --out REP.PDF
checks=$((checks + 1)); [[ "$(head -c 4 REP.PDF)" == "%PDF" ]] || { echo "FAIL: REP.PDF is not a PDF"; failures=$((failures + 1)); }
expect 0 "report PDF in English, --lang first" -- "$cli" --lang en report rep.jobbridge --month 2026-03 --today 2026-11-23 --out en.pdf
contains out.txt "Written en.pdf" "says it was written, in English"
if command -v pdftotext >/dev/null; then pdftotext en.pdf en.txt; contains en.txt "Employment assistance monthly report" "English PDF title"; checks=$((checks + 1)); tr -d ' \n' < en.txt | grep -Eq 'Page[0-9]*of' || { echo "FAIL: no English page numbers"; failures=$((failures + 1)); }; fi
expect 2 "report into a missing folder" -- "$cli" report rep.jobbridge --month 2026-03 --today 2026-11-23 --out no/such/dir/rep.pdf
expect 0 "submit the fixture's March" -- "$cli" submit rep.jobbridge --month 2026-03 --today 2026-12-01
expect 0 "report of a submitted month" -- "$cli" report rep.jobbridge --month 2026-03 --today 2026-12-05 --out sent.csv
contains sent.csv "已报送" "the report says it was submitted"
contains sent.csv "制表日期 2026-12-01" "a submitted month is the report as sent"
expect 0 "help lists report" -- "$cli" --help; contains out.txt "report DB --month" "help lists report"

# ---- package export / import: three counties into their city ----------------------------------------------------
for c in 340121 340122 340123; do
  expect 0 "demo county $c" -- "$cli" demo "pk-$c.jobbridge" --org $c --seed ${c: -1} --workers 300 --enterprises 30 --today 2026-11-23
  expect 0 "package export $c" -- "$cli" package export "pk-$c.jobbridge" --period 2026 --out "pk-$c.jbpkg" --today 2026-11-23
  contains out.txt "SHA-256" "export names the checksum"
done
contains pk-340121.jbpkg '"format": "jobbridge-package"' "package format"
contains pk-340121.jbpkg '"format_version": 1' "package format version"
expect 0 "init city" -- "$cli" init city.jobbridge --org 340100
expect 0 "package import three counties" -- "$cli" package import city.jobbridge pk-340121.jbpkg pk-340122.jbpkg pk-340123.jbpkg
contains out.txt "已导入" "import says imported"; contains out.txt "340122 肥东县 · 2026" "import names each county"
expect 0 "same package again" -- "$cli" package import city.jobbridge pk-340122.jbpkg
contains out.txt "已导入过，未改动" "a repeated package changes nothing"
sum_city=$(sha256sum city.jobbridge | cut -d' ' -f1)
sed 's/"contracts": \([0-9]\)/"contracts": 9\1/' pk-340122.jbpkg > tampered.jbpkg
expect 2 "tampered package refused" -- "$cli" package import city.jobbridge tampered.jbpkg
contains err.txt "校验和不符" "names the checksum failure"; same city.jobbridge "$sum_city" "tampered package"
expect 0 "init another city" -- "$cli" init wuhu.jobbridge --org 340200
sum_wuhu=$(sha256sum wuhu.jobbridge | cut -d' ' -f1)
expect 2 "package of another city's county refused" -- "$cli" package import wuhu.jobbridge pk-340122.jbpkg
contains err.txt "340200" "names this file's organisation"; same wuhu.jobbridge "$sum_wuhu" "wrong organisation"
expect 2 "random file as a package" -- "$cli" package import city.jobbridge random.csv; same city.jobbridge "$sum_city" "random package"
# A newer package for the same county replaces the old one and lists what changed.
expect 0 "export the month" -- "$cli" package export pk-340122.jobbridge --period 2026-11 --out pk-340122-11.jbpkg --today 2026-11-23
expect 0 "re-export the year as of a later day" -- "$cli" package export pk-340122.jobbridge --period 2026 --out pk-340122-b.jbpkg --today 2026-12-31
expect 0 "import the newer package" -- "$cli" package import city.jobbridge pk-340122-b.jbpkg pk-340122-11.jbpkg
contains out.txt "已替换" "replacement reported"; contains out.txt "340122 肥东县 · 2026" "replacement names the county"
contains out.txt " → " "lists what changed"
expect 2 "the older package after the newer one" -- "$cli" package import city.jobbridge pk-340122.jbpkg
contains err.txt "不比此包" "says it is older"
expect 1 "package without a subcommand" -- "$cli" package
expect 1 "package export without --out" -- "$cli" package export pk-340121.jobbridge --period 2026
expect 1 "package import without files" -- "$cli" package import city.jobbridge
expect 2 "package export for an unknown period" -- "$cli" package export pk-340121.jobbridge --period spring --out s.jbpkg
expect 0 "help lists package" -- "$cli" --help; contains out.txt "package import DB FILE" "help lists package"

# ---- export: the worker list, masked unless --unmasked (audited) --------------------------------------------------
expect 0 "demo for export" -- "$cli" demo ex.jobbridge --seed 5 --workers 250 --enterprises 20 --today 2026-11-23
expect 0 "export workers csv" -- "$cli" export ex.jobbridge --kind workers ex.csv --today 2026-11-23
contains out.txt "250" "export counts the rows"
checks=$((checks + 1)); [[ "$(head -c 3 ex.csv | od -An -tx1 | tr -d ' ')" == "efbbbf" ]] || { echo "FAIL: export csv has no BOM"; failures=$((failures + 1)); }
checks=$((checks + 1)); [[ $(wc -l < ex.csv) -eq 251 ]] || { echo "FAIL: export csv is not header + 250 rows"; failures=$((failures + 1)); }
contains ex.csv "身份证号" "export header in Chinese"
contains ex.csv "********" "IDs masked by default"
checks=$((checks + 1)); grep -Eq '[0-9]{17}[0-9X]' ex.csv && { echo "FAIL: a full ID in the masked export"; failures=$((failures + 1)); }
checks=$((checks + 1)); [[ $(sqlite3 ex.jobbridge "SELECT count(*) FROM audit_log WHERE action = 'export_unmasked'") -eq 0 ]] || { echo "FAIL: masked export audited as unmasked"; failures=$((failures + 1)); }
expect 0 "export unmasked xlsx" -- "$cli" export ex.jobbridge --kind workers ex.xlsx --unmasked
checks=$((checks + 1)); unzip -p ex.xlsx xl/sharedStrings.xml | grep -Eq '34[0-9]{15}[0-9X]' || { echo "FAIL: unmasked xlsx lacks full IDs"; failures=$((failures + 1)); }
checks=$((checks + 1)); [[ $(sqlite3 ex.jobbridge "SELECT count(*) FROM audit_log WHERE action = 'export_unmasked'") -eq 1 ]] || { echo "FAIL: unmasked export not audited"; failures=$((failures + 1)); }
name=$(sqlite3 ex.jobbridge "SELECT name FROM workers WHERE id = 1")
expect 0 "export a search" -- "$cli" export ex.jobbridge --kind workers found.csv --search "$name"
contains found.csv "$name" "the searched name is exported"
checks=$((checks + 1)); [[ $(wc -l < found.csv) -lt 251 ]] || { echo "FAIL: search exported every row"; failures=$((failures + 1)); }
expect 1 "export without --kind" -- "$cli" export ex.jobbridge out.csv
expect 1 "export to an unknown format" -- "$cli" export ex.jobbridge --kind workers out.pdf
expect 1 "export an unknown kind" -- "$cli" export ex.jobbridge --kind trainees out.csv
contains err.txt "--kind 应为 workers, enterprises, vacancies, services, referrals, fairs, promise 之一" "the bad kind is explained"
expect 1 "export an unknown kind in English" -- "$cli" export ex.jobbridge --kind trainees out.csv --lang en
contains err.txt "--kind must be one of workers, enterprises, vacancies, services, referrals, fairs, promise" "the bad kind is explained in English"
# ---- export: the casework lists (services, referrals, fairs), all or of a period, masked unless --unmasked --------
for k in services referrals fairs; do
  case $k in
    services) n=$(sqlite3 ex.jobbridge "SELECT count(*) FROM services")
              m=$(sqlite3 ex.jobbridge "SELECT count(*) FROM services WHERE provided_on BETWEEN '2026-11-01' AND '2026-11-30'") ;;
    referrals) n=$(sqlite3 ex.jobbridge "SELECT count(*) FROM referrals")
               m=$(sqlite3 ex.jobbridge "SELECT count(*) FROM referrals WHERE stage_on BETWEEN '2026-11-01' AND '2026-11-30'") ;;
    fairs) n=$(sqlite3 ex.jobbridge "SELECT count(*) FROM job_fairs")
           m=$(sqlite3 ex.jobbridge "SELECT count(*) FROM job_fairs WHERE held_on BETWEEN '2026-11-01' AND '2026-11-30'") ;;
  esac
  expect 0 "export $k csv" -- "$cli" export ex.jobbridge --kind $k $k.csv
  checks=$((checks + 1)); [[ $n -gt 0 && $(wc -l < $k.csv) -eq $((n + 1)) ]] || { echo "FAIL: $k csv is not header + $n rows"; failures=$((failures + 1)); }
  expect 0 "export $k of a month as xlsx" -- "$cli" export ex.jobbridge --kind $k $k-11.xlsx --period 2026-11
  contains out.txt "已导出 $m 行" "$k export of a month counts its rows"
  checks=$((checks + 1)); [[ "$(head -c 2 $k-11.xlsx)" == "PK" ]] || { echo "FAIL: $k xlsx is not a workbook"; failures=$((failures + 1)); }
done
checks=$((checks + 1)); grep -Eq '[0-9]{17}[0-9X]' services.csv referrals.csv && { echo "FAIL: a full ID in a masked casework export"; failures=$((failures + 1)); }
expect 0 "export referrals unmasked" -- "$cli" export ex.jobbridge --kind referrals ref-full.csv --unmasked
checks=$((checks + 1)); grep -Eq '[0-9]{17}[0-9X]' ref-full.csv || { echo "FAIL: no full ID in the unmasked referral export"; failures=$((failures + 1)); }
checks=$((checks + 1)); [[ $(sqlite3 ex.jobbridge "SELECT count(*) FROM audit_log WHERE action = 'export_unmasked' AND table_name = 'referrals'") -eq 1 ]] || { echo "FAIL: unmasked referral export not audited"; failures=$((failures + 1)); }
expect 1 "export fairs with a search" -- "$cli" export ex.jobbridge --kind fairs f.csv --search x
expect 1 "export workers of a period" -- "$cli" export ex.jobbridge --kind workers w.csv --period 2026-11
expect 2 "export services of an unknown period" -- "$cli" export ex.jobbridge --kind services s.csv --period spring
# ---- export: enterprises and their vacancies, contact phones masked unless --unmasked (audited) ----------------
ents=$(sqlite3 ex.jobbridge "SELECT count(*) FROM enterprises"); vacs=$(sqlite3 ex.jobbridge "SELECT count(*) FROM vacancies")
audited() { sqlite3 ex.jobbridge "SELECT count(*) FROM audit_log WHERE action = 'export_unmasked' AND table_name = '$1'"; }
expect 0 "export enterprises csv" -- "$cli" export ex.jobbridge --kind enterprises ent.csv
contains out.txt "$ents" "enterprise export counts the rows"
checks=$((checks + 1)); [[ "$(head -c 3 ent.csv | od -An -tx1 | tr -d ' ')" == "efbbbf" ]] || { echo "FAIL: enterprise csv has no BOM"; failures=$((failures + 1)); }
checks=$((checks + 1)); [[ $(wc -l < ent.csv) -eq $((ents + 1)) ]] || { echo "FAIL: enterprise csv is not header + $ents rows"; failures=$((failures + 1)); }
contains ent.csv "统一社会信用代码" "enterprise export header in Chinese"
checks=$((checks + 1)); grep -Eq ',1[3-9][0-9]{9},' ent.csv && { echo "FAIL: a full phone in the masked enterprise export"; failures=$((failures + 1)); }
checks=$((checks + 1)); [[ $(audited enterprises) -eq 0 ]] || { echo "FAIL: masked enterprise export audited"; failures=$((failures + 1)); }
expect 0 "export enterprises unmasked csv" -- "$cli" export ex.jobbridge --kind enterprises ent-full.csv --unmasked
checks=$((checks + 1)); grep -Eq ',1[3-9][0-9]{9},' ent-full.csv || { echo "FAIL: no full phone in the unmasked enterprise export"; failures=$((failures + 1)); }
checks=$((checks + 1)); [[ $(audited enterprises) -eq 1 ]] || { echo "FAIL: unmasked enterprise export not audited"; failures=$((failures + 1)); }
expect 0 "export vacancies xlsx" -- "$cli" export ex.jobbridge --kind vacancies vac.xlsx
contains out.txt "$vacs" "vacancy export counts the rows"
checks=$((checks + 1)); [[ "$(head -c 2 vac.xlsx)" == "PK" ]] || { echo "FAIL: vacancy xlsx is not a workbook"; failures=$((failures + 1)); }
expect 0 "export vacancies unmasked csv" -- "$cli" export ex.jobbridge --kind vacancies vac-full.csv --unmasked --lang en
contains vac-full.csv "Contact phone" "vacancy export header in English"
checks=$((checks + 1)); [[ $(wc -l < vac-full.csv) -eq $((vacs + 1)) ]] || { echo "FAIL: vacancy csv is not header + $vacs rows"; failures=$((failures + 1)); }
checks=$((checks + 1)); [[ $(audited vacancies) -eq 1 ]] || { echo "FAIL: unmasked vacancy export not audited"; failures=$((failures + 1)); }
ent=$(sqlite3 ex.jobbridge "SELECT credit_code FROM enterprises WHERE credit_code IS NOT NULL ORDER BY id LIMIT 1")
expect 0 "export the vacancies of a searched enterprise" -- "$cli" export ex.jobbridge --kind vacancies one.csv --search "${ent: -6}"
checks=$((checks + 1)); [[ $(wc -l < one.csv) -eq $(( $(sqlite3 ex.jobbridge "SELECT count(*) FROM vacancies v JOIN enterprises e ON e.id = v.enterprise_id WHERE instr(e.credit_code, '${ent: -6}') > 0 OR instr(e.name, '${ent: -6}') > 0") + 1 )) ]] || { echo "FAIL: searched vacancy export has the wrong rows"; failures=$((failures + 1)); }
expect 2 "export from a file that is not ours" -- "$cli" export random.csv --kind workers out.csv
expect 0 "help lists export" -- "$cli" --help; contains out.txt "export DB --kind workers|enterprises|vacancies" "help lists export"

# ---- record operations: core's closing, reopening and resolving, audited, dated by --today ------------------------
expect 0 "demo for record operations" -- "$cli" demo ops.jobbridge --seed 3 --workers 120 --enterprises 40 --today 2026-11-23
sql() { sqlite3 ops.jobbridge "$1"; }
vac=$(sql "SELECT id FROM vacancies WHERE status = 'open' ORDER BY id LIMIT 1")
expect 0 "close a vacancy" -- "$cli" vacancy close ops.jobbridge --id "$vac" --today 2026-11-24
contains out.txt "2026-11-24" "says the day it was closed"
checks=$((checks + 1)); [[ "$(sql "SELECT status || '|' || closed_on FROM vacancies WHERE id = $vac")" == "closed|2026-11-24" ]] || { echo "FAIL: the vacancy is not closed on --today"; failures=$((failures + 1)); }
checks=$((checks + 1)); [[ $(sql "SELECT count(*) FROM audit_log WHERE action = 'update' AND table_name = 'vacancies' AND record_id = $vac") -eq 2 ]] || { echo "FAIL: closing not audited field by field"; failures=$((failures + 1)); }
sum_o=$(sha256sum ops.jobbridge | cut -d' ' -f1)
expect 2 "close it again" -- "$cli" vacancy close ops.jobbridge --id "$vac" --today 2026-11-25
contains err.txt "该岗位已于 2026-11-24 关闭" "says when it was closed"; same ops.jobbridge "$sum_o" "a refused closing"
expect 2 "close it again, in English" -- "$cli" vacancy close ops.jobbridge --id "$vac" --lang en
contains err.txt "This vacancy was closed on 2026-11-24 already." "the refusal in English"
expect 0 "reopen it" -- "$cli" vacancy reopen ops.jobbridge --id "$vac" --json
contains out.txt '"status": "open"' "reopen --json says open"
checks=$((checks + 1)); [[ "$(sql "SELECT status || '|' || ifnull(closed_on, '') FROM vacancies WHERE id = $vac")" == "open|" ]] || { echo "FAIL: reopening did not clear the closing day"; failures=$((failures + 1)); }
expect 2 "reopen an open vacancy" -- "$cli" vacancy reopen ops.jobbridge --id "$vac"; contains err.txt "已在招聘中" "says it is open"
expect 2 "close a vacancy that does not exist" -- "$cli" vacancy close ops.jobbridge --id 999999
expect 1 "vacancy close without --id" -- "$cli" vacancy close ops.jobbridge
expect 1 "vacancy close with a bad --id" -- "$cli" vacancy close ops.jobbridge --id seven
expect 1 "vacancy close with a bad --today" -- "$cli" vacancy close ops.jobbridge --id "$vac" --today 24.11.2026
expect 1 "vacancy without a subcommand" -- "$cli" vacancy
expect 1 "vacancy with an unknown subcommand" -- "$cli" vacancy shut ops.jobbridge --id "$vac"
flag=$(sql "SELECT id FROM enterprise_flags WHERE resolved_on IS NULL ORDER BY id LIMIT 1")
checks=$((checks + 1)); [[ -n "$flag" ]] || { echo "FAIL: the demo has no open flag to resolve"; failures=$((failures + 1)); }
expect 0 "resolve a flag" -- "$cli" flag resolve ops.jobbridge --id "$flag" --note "工资已补发" --today 2026-11-25 --json
contains out.txt '"resolved_on": "2026-11-25"' "resolve --json gives the day"
checks=$((checks + 1)); [[ "$(sql "SELECT resolved_on FROM enterprise_flags WHERE id = $flag")" == "2026-11-25" ]] || { echo "FAIL: the flag is not resolved on --today"; failures=$((failures + 1)); }
checks=$((checks + 1)); [[ "$(sql "SELECT note FROM enterprise_flags WHERE id = $flag")" == *"工资已补发" ]] || { echo "FAIL: the note was not added to the flag"; failures=$((failures + 1)); }
checks=$((checks + 1)); [[ $(sql "SELECT count(*) FROM audit_log WHERE table_name = 'enterprise_flags' AND record_id = $flag AND field = 'resolved_on' AND note = '工资已补发'") -eq 1 ]] || { echo "FAIL: resolving not audited with its note"; failures=$((failures + 1)); }
expect 2 "resolve it again" -- "$cli" flag resolve ops.jobbridge --id "$flag"; contains err.txt "已于 2026-11-25 解决" "says when it was resolved"
expect 1 "flag resolve without --id" -- "$cli" flag resolve ops.jobbridge
expect 1 "flag without a subcommand" -- "$cli" flag
expect 0 "help lists vacancy and flag" -- "$cli" --help
contains out.txt "vacancy close DB --id N" "help lists vacancy close"; contains out.txt "flag resolve DB --id N" "help lists flag resolve"

# ---- job fairs: fair add and fairs (issue 12's names and JSON keys), exit codes as the other commands ------------
"$cli" init fairs.jobbridge --org 340122 >/dev/null
fsql() { sqlite3 fairs.jobbridge "$1"; }
expect 0 "add a held fair" -- "$cli" fair add fairs.jobbridge --name "春风行动专场招聘会" --date 2026-03-01 --organiser 340122 --form offline --kind group --today 2026-03-10 --json
checks=$((checks + 1)); [[ "$(cat out.txt)" == '{"id":1}' ]] || { echo "FAIL: fair add --json is not {\"id\": 1}: $(cat out.txt)"; failures=$((failures + 1)); }
expect 0 "add a planned two-day fair" -- "$cli" fair add fairs.jobbridge --name "校园招聘会" --date 2026-04-01 --last-day 2026-04-02 --organiser 340122 --form mixed --kind campus --today 2026-03-10
checks=$((checks + 1)); [[ "$(cat out.txt)" == "2" ]] || { echo "FAIL: fair add does not print the id: $(cat out.txt)"; failures=$((failures + 1)); }
checks=$((checks + 1)); [[ "$(fsql "SELECT status || '|' || form || '|' || ends_on FROM job_fairs WHERE id = 2")" == "planned|mixed|2026-04-02" ]] || { echo "FAIL: the planned fair is not stored as asked"; failures=$((failures + 1)); }
checks=$((checks + 1)); [[ $(fsql "SELECT count(*) FROM audit_log WHERE table_name = 'job_fairs' AND action = 'insert'") -eq 2 ]] || { echo "FAIL: adding fairs not audited"; failures=$((failures + 1)); }
sum_f=$(sha256sum fairs.jobbridge | cut -d' ' -f1)
expect 1 "fair add with a bad --form" -- "$cli" fair add fairs.jobbridge --name x --date 2026-03-01 --organiser 340122 --form hybrid --kind group
contains err.txt "hybrid" "names the bad form"
expect 1 "fair add with livestream as a kind" -- "$cli" fair add fairs.jobbridge --name x --date 2026-03-01 --organiser 340122 --form online --kind livestream
expect 1 "fair add without --kind" -- "$cli" fair add fairs.jobbridge --name x --date 2026-03-01 --organiser 340122 --form online
expect 1 "fair add with a bad --date" -- "$cli" fair add fairs.jobbridge --name x --date 1.3.2026 --organiser 340122 --form online --kind group
expect 2 "fair add ending before it starts" -- "$cli" fair add fairs.jobbridge --name x --date 2026-03-05 --last-day 2026-03-04 --organiser 340122 --form online --kind group
contains err.txt "结束日期不能早于开始日期" "says why, in Chinese"
expect 2 "fair add by an unknown organiser" -- "$cli" fair add fairs.jobbridge --name x --date 2026-03-05 --organiser 999999 --form online --kind group
same fairs.jobbridge "$sum_f" "refused fair adds"
expect 1 "fair without a subcommand" -- "$cli" fair
expect 0 "list fairs as JSON" -- "$cli" fairs fairs.jobbridge --json
for key in '"id": 1' '"name": "春风行动专场招聘会"' '"date": "2026-03-01"' '"organiser": "肥东县"' '"enterprises": 0' \
           '"posts": 0' '"headcount": 0' '"visits": 0' '"registered": 0' '"intentions": 0' '"contracts": 0'; do
  contains out.txt "$key" "fairs --json has $key"
done
expect 0 "list fairs of March 2026" -- "$cli" fairs fairs.jobbridge --period 2026-03 --json
checks=$((checks + 1)); [[ $(grep -c '"id":' out.txt) -eq 1 ]] || { echo "FAIL: --period 2026-03 does not keep only March's fair"; failures=$((failures + 1)); }
expect 0 "list fairs as text" -- "$cli" fairs fairs.jobbridge; contains out.txt "共 2 场招聘会" "the count in Chinese"
expect 2 "fairs of an unknown period" -- "$cli" fairs fairs.jobbridge --period 1999-13
expect 1 "fairs without a file" -- "$cli" fairs
# The organiser's sheet (tests/data/import/fair, GBK from LibreOffice) into fair 1: the import keys plus people_added,
# people_linked, intentions, contracts; the fair then counts its people; the batch undoes.
sum_f=$(sha256sum fairs.jobbridge | cut -d' ' -f1)
expect 1 "import --kind fair without --fair" -- "$cli" import fairs.jobbridge --kind fair "$data/fair/fair.gbk.csv"
expect 2 "import into a fair that does not exist" -- "$cli" import fairs.jobbridge --kind fair --fair 99 "$data/fair/fair.gbk.csv"
same fairs.jobbridge "$sum_f" "refused sheet imports"
expect 2 "import into a planned fair" -- "$cli" import fairs.jobbridge --kind fair --fair 2 "$data/fair/fair.gbk.csv"
contains err.txt "计划中" "says the fair is still planned"
expect 0 "import the sheet" -- "$cli" import fairs.jobbridge --kind fair --fair 1 "$data/fair/fair.gbk.csv" --json
for key in '"kind": "fair"' '"rows_read": 11' '"rejected": 3' '"people_added": 7' '"people_linked": 0' \
           '"intentions": 0' '"contracts": 0' '"code": "enterprise_not_found"' '"code": "id_checksum"'; do
  contains out.txt "$key" "fair sheet --json has $key"
done
batch=$(sed -n 's/^    "batch_id": \([0-9]*\),$/\1/p' out.txt)
checks=$((checks + 1)); [[ $(fsql "SELECT count(*) FROM fair_attendees WHERE fair_id = 1") -eq 7 ]] || { echo "FAIL: the sheet's people are not the fair's"; failures=$((failures + 1)); }
expect 0 "fairs counts the registered" -- "$cli" fairs fairs.jobbridge --period 2026-03 --json; contains out.txt '"registered": 7' "registered from the sheet"
expect 0 "undo the sheet" -- "$cli" import-undo fairs.jobbridge --batch "$batch"
checks=$((checks + 1)); [[ $(fsql "SELECT count(*) FROM fair_attendees") -eq 0 && $(fsql "SELECT count(*) FROM workers") -eq 0 ]] || { echo "FAIL: undoing the sheet left people"; failures=$((failures + 1)); }
expect 0 "help lists fair and fairs" -- "$cli" --help
contains out.txt "import DB --kind fair --fair ID FILE" "help lists the fair sheet import"
contains out.txt "fair add DB --name N --date YYYY-MM-DD" "help lists fair add"; contains out.txt "fairs DB [--period P] [--json]" "help lists fairs"

# The audit log (操作日志): the demo's row, the unmasked exports above, in the officer's words; --since; --json with
# its keys; a reason the file requires is refused without --reason and logged with it. Reading changes nothing.
sum_ex=$(sha256sum ex.jobbridge | cut -d' ' -f1)
expect 0 "audit as text" -- "$cli" audit ex.jobbridge; contains out.txt "不遮蔽导出" "audit names the unmasked export in words"
checks=$((checks + 1)); grep -q "export_unmasked" out.txt && { echo "FAIL: audit shows a raw action code"; failures=$((failures + 1)); }
expect 0 "audit as JSON" -- "$cli" audit ex.jobbridge --json
for key in '"id":' '"when":' '"officer":' '"action": "不遮蔽导出"' '"record":' '"field":' '"old":' '"new":'; do
  contains out.txt "$key" "audit --json has $key"
done
checks=$((checks + 1)); [[ $(head -c1 out.txt) == "[" ]] || { echo "FAIL: audit --json is not an array"; failures=$((failures + 1)); }
audit_rows=$(sqlite3 ex.jobbridge "SELECT count(*) FROM audit_log")
checks=$((checks + 1)); [[ $(grep -c '"id":' out.txt) -eq $audit_rows ]] || { echo "FAIL: audit --json does not list every row"; failures=$((failures + 1)); }
expect 0 "audit since tomorrow" -- "$cli" audit ex.jobbridge --since "$(date -d tomorrow +%F)" --json
checks=$((checks + 1)); [[ $(grep -c '"id":' out.txt) -eq 0 ]] || { echo "FAIL: --since tomorrow lists rows"; failures=$((failures + 1)); }
expect 0 "audit since long ago" -- "$cli" audit ex.jobbridge --since 2000-01-01 --json
checks=$((checks + 1)); [[ $(grep -c '"id":' out.txt) -eq $audit_rows ]] || { echo "FAIL: --since 2000-01-01 leaves rows out"; failures=$((failures + 1)); }
same ex.jobbridge "$sum_ex" "reading the audit log"
expect 1 "audit with a bad --since" -- "$cli" audit ex.jobbridge --since 2026-13-01
expect 1 "audit without a file" -- "$cli" audit
expect 2 "audit of a missing file" -- "$cli" audit missing.jobbridge
expect 2 "the reason setting takes 0 or 1" -- "$cli" settings ex.jobbridge --set reason_required_for_reveal=yes
expect 0 "the file asks for a reason (anything the settings page does, the CLI does)" -- "$cli" settings ex.jobbridge --set reason_required_for_reveal=1 --json
contains out.txt '"reason_required_for_reveal": 1' "the setting is on"
expect 2 "unmasked export without the reason the file requires" -- "$cli" export ex.jobbridge --kind workers why.csv --unmasked
contains err.txt "理由" "says a reason is required"
checks=$((checks + 1)); [[ ! -e why.csv ]] || { echo "FAIL: a refused unmasked export left a file"; failures=$((failures + 1)); }
expect 0 "unmasked export with a reason" -- "$cli" export ex.jobbridge --kind workers why.csv --unmasked --reason "报送人社局核对"
expect 0 "audit shows the reason" -- "$cli" audit ex.jobbridge --json; contains out.txt "报送人社局核对" "the reason is in the log"
expect 0 "help lists audit" -- "$cli" --help; contains out.txt "audit DB [--since D] [--json]" "help lists audit"
# The officer's name is the user's, not the file's: each officer's changes carry their own name.
JOBBRIDGE_OFFICER=王芳 expect 0 "a change by the officer named in the environment" -- "$cli" settings ex.jobbridge --set stale_days=21
checks=$((checks + 1)); [[ "$(sqlite3 ex.jobbridge "SELECT officer FROM audit_log WHERE field = 'stale_days' ORDER BY id DESC LIMIT 1")" == "王芳" ]] || { echo "FAIL: the change is not under 王芳"; failures=$((failures + 1)); }
JOBBRIDGE_OFFICER=李强 expect 0 "the same file, another officer" -- "$cli" settings ex.jobbridge --set stale_days=14
checks=$((checks + 1)); [[ "$(sqlite3 ex.jobbridge "SELECT officer FROM audit_log WHERE field = 'stale_days' ORDER BY id DESC LIMIT 1")" == "李强" ]] || { echo "FAIL: the second change is not under 李强"; failures=$((failures + 1)); }
expect 2 "the officer is no file setting" -- "$cli" settings ex.jobbridge --set officer=王芳
echo "$((checks - failures)) passed, $failures failed"
[[ $failures -eq 0 ]]
