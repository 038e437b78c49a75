#!/usr/bin/env python3
"""A fair organiser's sign-in / intention sheet (签到及意向登记表), for the fair-sheet import (issue 12).

    python3 make_fair_sheet.py            writes fair.fods (flat ODS) and fair.gbk.expected.json
    python3 make_fair_sheet.py --check    after LibreOffice has saved fair.gbk.csv (regenerate.sh): every record,
                                          cell and physical line must be what the model below predicts

The cells, the LibreOffice model and the flat-ODS writer are those of ../spreadsheet/make_sheets.py (imported).
Each data row carries what the import must do with it, by the policy of issue 12; the expected JSON is derived from
these annotations, never from the importer's output.

The file the test imports into (tests/core/test_fair_import.cpp builds it, 肥东县 340122, today 2024-12-31):
  fair "2024年春风行动专场招聘会", held on 2024-03-08, with one participant already: 合肥华强机械有限公司 (credit code
  HUAQIANG) with the vacancy 焊工; in the enterprise list but not at the fair: 安徽绿源食品有限公司 with 包装工, and
  肥东县鑫达物流有限公司 (credit code XINDA) with 叉车司机; one worker already on the list: 王强 (ID WANG).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "spreadsheet"))
import make_sheets as ms  # noqa: E402

text, num = ms.text, ms.num

HUAQIANG = ms.uscc("91", "340122", "MA2NHQ01")
XINDA = ms.uscc("91", "340122", "MA2NXD02")
WANG = ms.resident_id("340122", "19800304", 15)
ZHANG = ms.resident_id("340122", "19900510", 11)
BAD_CHECK_GOOD = ms.resident_id("340122", "19920416", 28)
BAD_CHECK = BAD_CHECK_GOOD[:17] + ("1" if BAD_CHECK_GOOD[17] != "1" else "2")
SEVENTEEN = ms.resident_id("340122", "19860921", 35)[:17]

COLUMNS = ["序号", "姓名", "性别", "身份证号码", "联系电话", "人员类别", "意向单位", "意向岗位", "是否签约", "备注"]

# Codes and their severity (the parser's and the writer's).
SEVERITY = {"missing_required": "rejected", "id_invalid": "rejected", "id_checksum": "rejected",
            "value_unrecognised": "warning", "enterprise_not_found": "warning", "post_added": "warning",
            "intention_recorded": "warning"}


def row(n, name, gender, idcell, phone, groups, enterprise, post, signed, note=None, outcome="insert",
        intention=False, contract=False, issues=()):
    """outcome: insert (added to the worker list), unchanged (already on it: linked), reject."""
    cells = {"序号": num(n), "姓名": text(name) if name else None, "性别": text(gender), "身份证号码": idcell,
             "联系电话": text(phone), "人员类别": text(groups) if groups else None,
             "意向单位": text(enterprise) if enterprise else None, "意向岗位": text(post) if post else None,
             "是否签约": text(signed) if signed else None, "备注": text(note) if note else None}
    r = ms.Row("data", cells, outcome, issues)
    r.intention, r.contract = intention, contract
    return r


ROWS = [
    # Found among the fair's participants by name; post found; signed: an intention and a contract.
    row(1, "张伟", "男", text(ZHANG), "13856781234", "农民工", "合肥华强机械有限公司", "焊工", "是",
        intention=True, contract=True),
    # Found in the whole list by normalised name (a stray space inside): joins the fair's participants.
    row(2, "李娜", "女", text(ms.resident_id("340122", "19950218", 22)), "13955601234", "农民工",
        "安徽绿源 食品有限公司", "包装工", "否", intention=True),
    # Already on the worker list: linked. Post not among the enterprise's vacancies: added, with a warning.
    row(3, "王强", "男", text(WANG), "18655123344", None, "合肥华强机械有限公司", "电工", "√",
        outcome="unchanged", intention=True, contract=True,
        issues=[("意向岗位", "post_added", "电工 is not a vacancy of 合肥华强机械有限公司: added with the fair as source")]),
    # The enterprise is nowhere in the list: kept as an attendee, 意向单位未找到, no intention.
    row(4, "赵敏", "女", text(ms.resident_id("340122", "19880706", 42)), "13705516677", "困难职工及家属",
        "合肥未登记科技有限公司", "文员", "否",
        issues=[("意向单位", "enterprise_not_found", "the enterprise is not in the list: no link is guessed")]),
    # Unusable IDs reject the row, as in the worker import.
    row(5, "刘洋", "男", text(SEVENTEEN), "13955667788", "农民工", "合肥华强机械有限公司", "焊工", "否",
        outcome="reject", issues=[("身份证号码", "id_invalid", "17 characters: a digit left out")]),
    row(6, "孙丽", "女", text(BAD_CHECK), "13966554433", None, "安徽绿源食品有限公司", "包装工", "否",
        outcome="reject", issues=[("身份证号码", "id_checksum", "the check character does not match")]),
    row(7, "吴芳", "女", None, "13705519988", None, "安徽绿源食品有限公司", "包装工", "否",
        outcome="reject", issues=[("身份证号码", "missing_required", "the ID number is blank")]),
    # The same person and post again: not recorded twice (and not counted again as a person).
    row(8, "张伟", "男", text(ZHANG), "13856781234", "农民工", "合肥华强机械有限公司", "焊工", "已签",
        outcome="unchanged",
        issues=[("意向单位", "intention_recorded", "row 1 recorded this intention and contract already")]),
    # Came, registered, no intention.
    row(9, "陈静", "女", text(ms.resident_id("340121", "19970828", 26)), "18755123456", "新就业形态劳动者",
        None, None, None, note="咨询技能培训"),
    # The enterprise by its credit code, written in the 意向单位 column; signed Y.
    row(10, "周强", "男", text(ms.resident_id("340122", "19750312", 13)), "15955123456", "农民工", XINDA,
        "叉车司机", "Y", intention=True, contract=True),
    # 是否签约 unreadable: imported as not signed, with a warning.
    row(11, "黄丽", "女", text(ms.resident_id("340122", "19930115", 24)), "13805512345", None,
        "合肥华强机械有限公司", "焊工", "待定", intention=True,
        issues=[("是否签约", "value_unrecognised", "待定 is none of the yes/no words")]),
]

TITLE = "2024年春风行动专场招聘会签到及意向登记表"
ms.HERE = HERE  # check() reads the CSV from here
ms.SHEETS = {"fair": (TITLE, COLUMNS, ROWS)}
ms.OUTPUTS = {"fair.gbk.csv": ("fair", "GB18030", True)}


def expected_summary():
    counts = {"rows_read": 0, "inserted": 0, "updated": 0, "unchanged": 0, "rejected": 0, "warnings": 0,
              "skipped_empty": 0, "people_added": 0, "people_linked": 0, "intentions": 0, "contracts": 0}
    issues, seen = [], set()
    for r, line in ms.layout("fair"):
        counts["rows_read"] += 1
        counts[{"insert": "inserted", "unchanged": "unchanged", "reject": "rejected"}[r.outcome]] += 1
        person = r.cells["身份证号码"].value if r.cells["身份证号码"] else None
        if r.outcome == "insert":
            counts["people_added"] += 1
        elif r.outcome == "unchanged" and person not in seen:
            counts["people_linked"] += 1
        if r.outcome != "reject":
            seen.add(person)
        counts["intentions"] += 1 if r.intention else 0
        counts["contracts"] += 1 if r.contract else 0
        for column, code, _ in r.issues:
            if SEVERITY[code] == "warning":
                counts["warnings"] += 1
            issues.append({"line": line, "column": column, "value": ms.shown(r.cells.get(column), True),
                           "code": code, "severity": SEVERITY[code]})
    summary = {"encoding": "GB18030", "delimiter": ",", "header_line": 2}
    summary.update(counts)
    summary["issues"] = issues
    # What the fair holds afterwards (1 participant and 1 post before): enterprises, posts, registered people.
    summary["fair_after"] = {"enterprises": 3, "posts": 4, "registered": 7, "intentions": 5, "contracts": 3}
    summary["setup"] = {"huaqiang_credit_code": HUAQIANG, "xinda_credit_code": XINDA, "wang_id": WANG}
    return summary


def main():
    if "--check" in sys.argv:
        ms.check("fair.gbk.csv")
        print("checked: fair.gbk.csv")
        return
    for r in ROWS:
        for c in r.cells.values():
            if c is not None and c.kind == "text":
                c.value.encode("gbk")
    with open(os.path.join(HERE, "fair.fods"), "w", encoding="utf-8") as f:
        f.write(ms.fods(TITLE, COLUMNS, ROWS))
    with open(os.path.join(HERE, "fair.gbk.expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected_summary(), f, ensure_ascii=False, indent=2)
        f.write("\n")
    assert ms.id_check(BAD_CHECK[:17]) != BAD_CHECK[17]


if __name__ == "__main__":
    main()
