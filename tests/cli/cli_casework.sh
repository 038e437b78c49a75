#!/usr/bin/env bash
# Runs jobbridge-cli's casework commands as an officer's script would: placement (refer, referral, followups,
# promise, settings, match), early warning and services, with the names and JSON keys the issues fixed, exit codes
# as the other commands and untouched files. Usage: cli_casework.sh CLI WORKDIR
source "$(dirname "${BASH_SOURCE[0]}")/cli_checks.sh"

# ---- placement: refer, referral, followups, promise, settings, match (issue 13's names and JSON keys) ------------
"$cli" init place.jobbridge --org 340122 >/dev/null
psql() { sqlite3 place.jobbridge "$1"; }
home=$(psql "SELECT id FROM organisations WHERE is_home = 1")
psql "INSERT INTO enterprises (id, org_id, name, created_at, updated_at) VALUES (1, $home, '合力叉车', 't', 't');
      INSERT INTO vacancies (id, enterprise_id, title, headcount, wage_min, wage_max, work_location, posted_on, created_at, updated_at)
        VALUES (1, 1, '叉车司机', 1, 5000, 6000, '肥东县店埠镇', '2026-01-02', 't', 't'),
               (2, 1, '厨师', 2, 4000, 4500, '合肥市蜀山区', '2026-01-02', 't', 't');
      INSERT INTO workers (id, org_id, name, id_number, birth_date, registered_on, desired_trade, desired_place, expected_wage_min, created_at, updated_at)
        VALUES (1, $home, '刘洋', '34012219900110100X', '1990-01-10', '2026-02-12', '叉车工', '店埠镇', 5000, 't', 't');
      INSERT INTO worker_hardships (worker_id, category_id) SELECT 1, id FROM reference_items WHERE list = 'hardship_category' AND code = 'zero_employment';
      INSERT INTO periods (kind, name, label, starts_on, ends_on) VALUES ('phase', '2026-concentrated', '2026年集中行动阶段', '2026-01-15', '2026-04-10');"
expect 0 "settings as JSON" -- "$cli" settings place.jobbridge --json
for key in '"promise_days": 7' '"promise_day_kind": "calendar"' '"stable_months": 3' '"follow_up_months": "3,6"' '"stale_days": 14' \
           '"offer_contacts": 3' '"offer_posts_per_contact": 3' '"declines_before_unwilling": 3'; do
  contains out.txt "$key" "settings --json has $key"
done
sum_p=$(sha256sum place.jobbridge | cut -d' ' -f1)
expect 2 "settings refuses a bad day kind" -- "$cli" settings place.jobbridge --set promise_day_kind=lunar
contains err.txt "lunar" "names the refused value"
expect 2 "settings refuses an unknown key" -- "$cli" settings place.jobbridge --set no_such=1
expect 1 "settings with a malformed --set" -- "$cli" settings place.jobbridge --set promise_days
same place.jobbridge "$sum_p" "refused settings"
expect 0 "promise in calendar days" -- "$cli" promise place.jobbridge --today 2026-02-18 --json
for key in '"worker_id": 1' '"name": "刘洋"' '"due": "2026-02-19"' '"state": "due"' '"days_left": 1' '"due_within_2_days": ['; do
  contains out.txt "$key" "promise --json has $key"
done
expect 0 "working days" -- "$cli" settings place.jobbridge --set promise_day_kind=working --json
contains out.txt '"promise_day_kind": "working"' "the setting changed"
checks=$((checks + 1)); [[ $(psql "SELECT count(*) FROM audit_log WHERE table_name = 'settings' AND field = 'promise_day_kind'") -eq 1 ]] || { echo "FAIL: settings change not audited"; failures=$((failures + 1)); }
expect 0 "promise in working days (Spring Festival 2026)" -- "$cli" promise place.jobbridge --today 2026-02-18 --json
contains out.txt '"due": "2026-02-28"' "due on the make-up Saturday"
expect 0 "promise overdue" -- "$cli" promise place.jobbridge --today 2026-03-02 --json
contains out.txt '"state": "overdue"' "overdue after the due day"; contains out.txt '"days_left": -2' "days late as negative"
# The promise list to a file: the person's ID number and phone masked, unless --unmasked (audited, table workers).
psql "UPDATE workers SET phone = '13955512345' WHERE id = 1"
expect 0 "export the promise list" -- "$cli" export place.jobbridge --kind promise promise.csv --today 2026-03-02
contains out.txt "已导出 1 行" "one person on the clock"
contains promise.csv "刘洋,340122********100X,139****2345,已超期,-2,2026-02-12,2026-02-28," "the row as the list shows it"
checks=$((checks + 1)); grep -q '34012219900110100X\|13955512345' promise.csv && { echo "FAIL: a full number in the masked promise export"; failures=$((failures + 1)); }
expect 0 "export the promise list of clocks since a day" -- "$cli" export place.jobbridge --kind promise none.xlsx --since 2026-02-20 --today 2026-03-02
contains out.txt "已导出 0 行" "--since leaves out the clocks started before it"
expect 1 "--since is the promise list's" -- "$cli" export place.jobbridge --kind referrals r.csv --since 2026-02-01
expect 1 "--since needs a day" -- "$cli" export place.jobbridge --kind promise p.csv --since soon
expect 0 "export the promise list unmasked" -- "$cli" export place.jobbridge --kind promise promise-full.csv --unmasked --today 2026-03-02
contains promise-full.csv "刘洋,34012219900110100X,13955512345," "full numbers when asked"
checks=$((checks + 1)); [[ $(psql "SELECT count(*) FROM audit_log WHERE action = 'export_unmasked' AND table_name = 'workers' AND note LIKE '%promise%'") -eq 1 ]] || { echo "FAIL: unmasked promise export not audited"; failures=$((failures + 1)); }
expect 0 "match posts for the worker" -- "$cli" match place.jobbridge --worker 34012219900110100X --today 2026-02-20 --json
for key in '"score":' '"criteria": [' '"name": "trade"' '"verdict": "match"' '"worker": "叉车工"' '"vacancy": "叉车司机"'; do
  contains out.txt "$key" "match --json has $key"
done
checks=$((checks + 1)); [[ $(grep -m1 '"vacancy_id"' out.txt) == *'"vacancy_id": 1'* ]] || { echo "FAIL: the 叉车司机 post does not rank first"; failures=$((failures + 1)); }
expect 0 "match workers for the post" -- "$cli" match place.jobbridge --vacancy 1 --hardship --json; contains out.txt '"worker_id": 1' "the hardship worker"
expect 1 "match needs one of --worker and --vacancy" -- "$cli" match place.jobbridge
expect 2 "match an unknown worker" -- "$cli" match place.jobbridge --worker 340122198503152013
expect 0 "refer" -- "$cli" refer place.jobbridge --worker 34012219900110100X --vacancy 1 --date 2026-02-26 --today 2026-03-02 --json
checks=$((checks + 1)); [[ "$(tr -d ' \n' < out.txt)" == '{"id":1}' ]] || { echo "FAIL: refer --json is not {\"id\": 1}: $(cat out.txt)"; failures=$((failures + 1)); }
expect 0 "refer as text prints the id" -- "$cli" refer place.jobbridge --worker 34012219900110100X --vacancy 2 --date 2026-02-27 --today 2026-03-02
checks=$((checks + 1)); [[ "$(cat out.txt)" == "2" ]] || { echo "FAIL: refer does not print the id: $(cat out.txt)"; failures=$((failures + 1)); }
expect 2 "refer twice to the same post" -- "$cli" refer place.jobbridge --worker 34012219900110100X --vacancy 1 --today 2026-03-02
expect 0 "promise met" -- "$cli" promise place.jobbridge --today 2026-03-02 --json
contains out.txt '"state": "met"' "met by the recommendation"; contains out.txt '"days_left": 2' "two days to spare"
sum_p=$(sha256sum place.jobbridge | cut -d' ' -f1)
expect 2 "a skip the transition table refuses" -- "$cli" referral place.jobbridge --id 1 --stage contract --date 2026-03-01 --today 2026-03-02
expect 1 "stable is derived, not recorded" -- "$cli" referral place.jobbridge --id 1 --stage stable --date 2026-03-01
expect 2 "decline without a reason" -- "$cli" referral place.jobbridge --id 2 --stage declined --date 2026-03-01 --today 2026-03-02
same place.jobbridge "$sum_p" "refused referral moves"
expect 0 "interviewed" -- "$cli" referral place.jobbridge --id 1 --stage interviewed --date 2026-02-27 --today 2026-03-02
expect 0 "intention" -- "$cli" referral place.jobbridge --id 1 --stage intention --date 2026-02-28 --today 2026-03-02
expect 0 "contract" -- "$cli" referral place.jobbridge --id 1 --stage contract --date 2026-03-01 --start 2026-03-02 --wage 5200 --term 12 --today 2026-03-02 --json
for key in '"other_open_referrals": [' '"post_filled": true' '"hired": 1' '"headcount": 1'; do
  contains out.txt "$key" "referral contract --json has $key"
done
checks=$((checks + 1)); [[ "$(tr -d ' \n' < out.txt)" == *'"other_open_referrals":[2]'* ]] || { echo "FAIL: the other open referral is not offered"; failures=$((failures + 1)); }
checks=$((checks + 1)); [[ "$(tr -d ' \n' < out.txt)" == *'"insurance_offer":{"phase":"2026-concentrated","premium_yuan":50,"worker_id":1}'* ]] || { echo "FAIL: the insurance is not offered after a contract in the phase: $(cat out.txt)"; failures=$((failures + 1)); }
checks=$((checks + 1)); [[ $(psql "SELECT sum(n) FROM activity_daily WHERE metric = 'contract' AND key_group_id = 0 AND org_id = $home") -eq 1 ]] || { echo "FAIL: the dashboard's contracts did not follow"; failures=$((failures + 1)); }
expect 0 "close the other as hired elsewhere" -- "$cli" referral place.jobbridge --id 2 --stage hired_elsewhere --date 2026-03-01 --today 2026-03-02
expect 0 "followups at three months" -- "$cli" followups place.jobbridge --today 2026-06-02 --json
for key in '"followups_due": [' '"referral_id": 1' '"months": 3' '"due": "2026-06-02"' '"stale": ['; do
  contains out.txt "$key" "followups --json has $key"
done
expect 0 "correct back to intention" -- "$cli" referral place.jobbridge --id 1 --stage intention --date 2026-03-02 --today 2026-03-02 --json
contains out.txt '"correction": true' "a correction"
checks=$((checks + 1)); grep -q "insurance_offer" out.txt && { echo "FAIL: a correction offers the insurance"; failures=$((failures + 1)); }
expect 0 "contract again, as text" -- "$cli" referral place.jobbridge --id 1 --stage contract --date 2026-03-02 --start 2026-03-03 --today 2026-03-03
contains out.txt "在集中服务期 2026-concentrated 内签约" "the insurance offer in words"
contains out.txt "service add DB --worker ID_NUMBER --kind insurance --date 2026-03-02" "how to enrol, on the contract day"
expect 0 "and back to intention" -- "$cli" referral place.jobbridge --id 1 --stage intention --date 2026-03-03 --today 2026-03-03
checks=$((checks + 1)); [[ $(psql "SELECT coalesce(sum(n), 0) FROM activity_daily WHERE metric = 'contract' AND key_group_id = 0 AND org_id = $home") -eq 0 ]] || { echo "FAIL: the correction did not move the contracts back"; failures=$((failures + 1)); }
checks=$((checks + 1)); [[ $(psql "SELECT count(*) FROM audit_log WHERE table_name = 'referrals' AND action = 'correct'") -eq 2 ]] || { echo "FAIL: the corrections are not audited"; failures=$((failures + 1)); }
expect 0 "followups as text" -- "$cli" followups place.jobbridge --today 2026-06-02; contains out.txt "0 项回访到期" "no check due after the correction"
expect 0 "help lists the placement commands" -- "$cli" --help
for c in "refer DB --worker ID_NUMBER --vacancy ID" "referral DB --id N --stage STAGE --date D" "promise DB [--today D] [--since D] [--json]" \
         "followups DB [--today D] [--json]" "settings DB [--set KEY=VALUE ...] [--json]" "match DB (--worker ID_NUMBER | --vacancy ID)" \
         "export DB --kind promise OUT.csv|OUT.xlsx [--since D] [--today D] [--unmasked]"; do
  contains out.txt "$c" "help lists $c"
done

# ---- early warning: warnings (issue 14 item 4's names and JSON keys) ------------------------------------------------
"$cli" init warn.jobbridge --org 340122 >/dev/null
wsql() { sqlite3 warn.jobbridge "$1"; }
home=$(wsql "SELECT id FROM organisations WHERE is_home = 1")
# One enterprise with an open post, last visited on 02-10 with its gap grown from 3 to 5, and wage arrears raised on
# 06-01; one person looking for work, registered on 02-01 and never contacted. On 06-30 each is 90 days stale.
wsql "INSERT INTO enterprises (id, org_id, name, created_at, updated_at) VALUES (1, $home, '合力叉车', '2026-01-05T08:00:00Z', 't');
      INSERT INTO vacancies (id, enterprise_id, title, headcount, posted_on, created_at, updated_at) VALUES (1, 1, '叉车司机', 2, '2026-01-02', 't', 't');
      INSERT INTO demand_snapshots (enterprise_id, recorded_on, planned, gap) VALUES (1, '2026-01-10', 10, 3), (1, '2026-02-10', 10, 5);
      INSERT INTO enterprise_flags (enterprise_id, kind, flagged_on, amount_yuan, people_affected) VALUES (1, 'wage_arrears', '2026-06-01', 86000, 9);
      INSERT INTO workers (id, org_id, name, id_number, birth_date, registered_on, created_at, updated_at)
        VALUES (1, $home, '刘洋', '34012219900110100X', '1990-01-10', '2026-02-01', 't', 't');"
expect 0 "warnings as JSON" -- "$cli" warnings warn.jobbridge --today 2026-06-30 --json
tr -d ' \n' <out.txt >compact.txt
for key in '"today":"2026-06-30"' '"built":true,"count":0,"key":"promise"' '"built":true,"count":0,"key":"followups"' \
           '"built":true,"count":0,"key":"stale_referrals"' '"built":true,"count":1,"key":"stale_workers"' \
           '"built":true,"count":1,"key":"stale_enterprises"' '"built":true,"count":1,"key":"flags"' \
           '"built":true,"count":1,"key":"gap_growing"' '"amount_yuan":86000' '"people_affected":9' \
           '"opens":{"id":1,"kind":"enterprise"}' '"opens":{"id":1,"kind":"worker"}' '"started_on":"2026-02-01"' \
           '"days_overdue":149' '"who":"刘洋"'; do
  contains compact.txt "$key" "warnings --json has $key"
done
checks=$((checks + 1)); [[ $(grep -o '"key":' compact.txt | wc -l) -eq 7 ]] || { echo "FAIL: warnings --json has not seven sections"; failures=$((failures + 1)); }
expect 0 "warnings as text" -- "$cli" warnings warn.jobbridge --today 2026-06-30
contains out.txt "企业监测预警（未解除） (flags): 1" "the flags section counted"
contains out.txt "欠薪 86000 元，涉及 9 人" "wage arrears with amount and people"
contains out.txt "求职中，2026-02-01 登记后从未联系" "the stale worker"
expect 0 "a day before they are stale" -- "$cli" warnings warn.jobbridge --today 2026-04-30 --json
tr -d ' \n' <out.txt >compact.txt
contains compact.txt '"built":true,"count":0,"key":"stale_workers"' "not stale before 90 days"
expect 0 "settings change the stale days" -- "$cli" settings warn.jobbridge --set stale_worker_days=30 --json
contains out.txt '"stale_worker_days": 30' "the setting changed"
expect 2 "settings refuse a stale day count under 7" -- "$cli" settings warn.jobbridge --set stale_enterprise_days=3
expect 0 "fewer stale days list the person sooner" -- "$cli" warnings warn.jobbridge --today 2026-04-30 --json
tr -d ' \n' <out.txt >compact.txt
contains compact.txt '"built":true,"count":1,"key":"stale_workers"' "stale after 30 days"
expect 0 "--limit 0 counts without records" -- "$cli" warnings warn.jobbridge --today 2026-06-30 --limit 0 --json
tr -d ' \n' <out.txt >compact.txt
contains compact.txt '"count":1,"key":"flags","name":"企业监测预警（未解除）","records":[]' "no records with --limit 0"
expect 1 "warnings with a bad day" -- "$cli" warnings warn.jobbridge --today 2026-13-01
expect 1 "warnings with a bad limit" -- "$cli" warnings warn.jobbridge --limit many
expect 1 "warnings without a file" -- "$cli" warnings
expect 2 "warnings on a missing file" -- "$cli" warnings nowhere.jobbridge
expect 0 "help lists warnings" -- "$cli" --help; contains out.txt "warnings DB [--today D] [--limit N] [--json]" "help lists warnings"

# ---- services: service add and services (issue 14's names and JSON keys), exit codes as the other commands -------
"$cli" init serv.jobbridge --org 340122 >/dev/null
ssql() { sqlite3 serv.jobbridge "$1"; }
shome=$(ssql "SELECT id FROM organisations WHERE is_home = 1")
ssql "INSERT INTO workers (id, org_id, name, id_number, birth_date, registered_on, created_at, updated_at)
        VALUES (1, $shome, '刘洋', '34012219900110100X', '1990-01-10', '2026-02-12', 't', 't'),
               (2, $shome, '陈静', '340122199203150029', '1992-03-15', '2026-02-12', 't', 't');"
sum_s=$(sha256sum serv.jobbridge | cut -d' ' -f1)
expect 1 "service add with an unknown kind" -- "$cli" service add serv.jobbridge --worker 34012219900110100X --kind cooking --date 2026-03-01
expect 1 "service add without --date" -- "$cli" service add serv.jobbridge --worker 34012219900110100X --kind training
expect 1 "services with an unknown kind" -- "$cli" services serv.jobbridge --kind cooking
expect 2 "service add for an unknown person" -- "$cli" service add serv.jobbridge --worker 340122199001101018 --kind visit --date 2026-03-01
expect 2 "service add with a field the kind has not" -- "$cli" service add serv.jobbridge --worker 34012219900110100X --kind visit --date 2026-03-01 --field course=电工
contains err.txt "course" "the refusal names the field"
expect 2 "service add after today" -- "$cli" service add serv.jobbridge --worker 34012219900110100X --kind visit --date 2026-03-09 --today 2026-03-02
contains err.txt "日期" "the refusal names the date"
same serv.jobbridge "$sum_s" "refused service adds"
expect 0 "training with its fields" -- "$cli" service add serv.jobbridge --worker 34012219900110100X --kind training --date 2026-03-01 \
  --field course=电工 --field provider=肥东县职业技能培训学校 --field subtype=技能提升培训 --field delivery=订单式 --field hours=40 --field completed=是 --today 2026-03-02 --json
contains out.txt '"id": 1' "service add --json prints the id"
checks=$((checks + 1)); [[ "$(ssql "SELECT subtype || '|' || delivery || '|' || completed || '|' || hours FROM services WHERE id = 1")" == "skill_upgrading|order_based|1|40.0" ]] || { echo "FAIL: the training's fields as stored: $(ssql "SELECT subtype, delivery, completed, hours FROM services WHERE id = 1")"; failures=$((failures + 1)); }
expect 0 "a second training by the same person" -- "$cli" service add serv.jobbridge --worker 34012219900110100X --kind training --date 2026-03-02 --today 2026-03-02
expect 0 "insurance with the premium from the settings" -- "$cli" service add serv.jobbridge --worker 340122199203150029 --kind insurance --date 2026-03-02 --today 2026-03-02
expect 2 "a second enrolment the same year" -- "$cli" service add serv.jobbridge --worker 340122199203150029 --kind insurance --date 2026-03-03 --today 2026-03-05
checks=$((checks + 1)); [[ $(ssql "SELECT count(*) FROM audit_log WHERE table_name = 'services' AND action = 'insert' AND field = 'provided_on'") -eq 3 ]] || { echo "FAIL: service adds not audited"; failures=$((failures + 1)); }
checks=$((checks + 1)); [[ $(ssql "SELECT sum(n) FROM activity_daily WHERE metric = 'service_training' AND key_group_id = 0 AND org_id = $shome") -eq 2 ]] || { echo "FAIL: the dashboard's training did not follow"; failures=$((failures + 1)); }
expect 0 "services as JSON" -- "$cli" services serv.jobbridge --period 2026 --json
tr -d ' \n' < out.txt > flat.txt
for key in '"kind":"training","name":"技能培训","people":1,"services":2' '"insurance":{"city":25,"people":1,"province":25,"total":50}' '"period":"2026"'; do
  contains flat.txt "$key" "services --json has $key"
done
expect 0 "services of one kind as text" -- "$cli" services serv.jobbridge --kind training
contains out.txt "技能培训	1	2" "people and person-times apart"
contains out.txt "意外伤害互助保障：1 人，合计 50.00 元，省级承担 25.00 元，市级承担 25.00 元" "the insurance split in words"
expect 0 "settings show the insurance" -- "$cli" settings serv.jobbridge --json
for key in insurance_premium_yuan insurance_province_share; do contains out.txt "$key" "settings --json has $key"; done
expect 2 "a province share above 1 is refused" -- "$cli" settings serv.jobbridge --set insurance_province_share=1.5
expect 0 "help lists the services commands" -- "$cli" --help
for c in "services DB [--period P] [--kind K] [--json]" "service add DB --worker ID_NUMBER --kind K --date D [--field key=value ...]"; do
  contains out.txt "$c" "help lists $c"
done

# The training roster LibreOffice saved as GBK (tests/data/import/services): matched by ID number, the unknown person
# rejected with the officer told to register first; a dry run writes nothing; the batch undoes.
ssql "INSERT INTO workers (org_id, name, id_number, birth_date, registered_on, created_at, updated_at)
        VALUES ($shome, '王强', '340122198003040154', '1980-03-04', '2026-01-05', 't', 't'),
               ($shome, '李娜', '340122199502180228', '1995-02-18', '2026-01-05', 't', 't');"
roster="$data/services/training.gbk.csv"
expect 1 "import services without --service-kind" -- "$cli" import serv.jobbridge --kind services "$roster"
expect 1 "--service-kind without --kind services" -- "$cli" import serv.jobbridge --kind workers --service-kind training "$roster"
sum_s=$(sha256sum serv.jobbridge | cut -d' ' -f1)
expect 0 "roster dry run" -- "$cli" import serv.jobbridge --kind services --service-kind training "$roster" --dry-run --json
contains out.txt '"inserted": 2' "dry run counts the services it would add"
same serv.jobbridge "$sum_s" "roster dry run"
expect 0 "roster import" -- "$cli" import serv.jobbridge --kind services --service-kind training "$roster" --json
for key in '"inserted": 2' '"rejected": 2' '"code": "person_not_found"' '"code": "id_excel_damaged"' '"code": "service_recorded"' '先登记此人'; do
  contains out.txt "$key" "roster import --json has $key"
done
rbatch=$(ssql "SELECT max(id) FROM import_batches")
checks=$((checks + 1)); [[ $(ssql "SELECT count(*) FROM services WHERE import_batch_id = $rbatch AND course = '电工'") -eq 2 ]] || { echo "FAIL: the roster's services"; failures=$((failures + 1)); }
expect 0 "undo the roster" -- "$cli" import-undo serv.jobbridge --batch "$rbatch"
checks=$((checks + 1)); [[ $(ssql "SELECT count(*) FROM services WHERE import_batch_id = $rbatch") -eq 0 ]] || { echo "FAIL: the roster's undo left services"; failures=$((failures + 1)); }
expect 0 "help lists the roster import" -- "$cli" --help; contains out.txt "import DB --kind services --service-kind K FILE" "help lists the roster import"

echo "$((checks - failures)) passed, $failures failed"
[[ $failures -eq 0 ]]
