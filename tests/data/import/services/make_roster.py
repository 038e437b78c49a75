#!/usr/bin/env python3
"""A training class roster (培训班学员花名册), for the service roster import (issue 14).

    python3 make_roster.py      writes training.fods; regenerate.sh has LibreOffice save it as GBK CSV

The cells, the LibreOffice model and the flat-ODS writer are ../spreadsheet/make_sheets.py's. What the import must do
with each row (tests/core/test_service_import.cpp and tests/cli/cli_end_to_end.sh check it), in a 肥东县 file whose
worker list holds 王强 (WANG), 张伟 (ZHANG) and 李娜 (LI), today 2026-03-31, kind training:
  line 3  王强, ID as text, 订单式 / 技能提升培训, 结业 是: inserted
  line 4  张伟, ID typed as a number (Excel shows 3.40122E+17): rejected, id_excel_damaged
  line 5  赵敏, not on the worker list: rejected, person_not_found (register the person first)
  line 6  李娜, 培训模式 "夜校" is no mode the kind knows: inserted with a warning (value_unrecognised)
  line 7  王强 again, same day: not repeated (service_recorded)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "spreadsheet"))
import make_sheets as ms  # noqa: E402

text, num, date = ms.text, ms.num, ms.date

WANG = ms.resident_id("340122", "19800304", 15)
ZHANG = ms.resident_id("340122", "19900510", 11)
LI = ms.resident_id("340122", "19950218", 22)
ZHAO = ms.resident_id("340122", "19880707", 31)

TITLE = "肥东县2026年春季电工技能提升培训班学员花名册"
COLUMNS = ["序号", "姓名", "身份证号码", "培训项目", "培训机构", "培训类别", "培训模式", "开班日期", "结业日期",
           "学时", "是否结业", "备注"]


def row(n, name, idcell, mode, note=None):
    cells = {"序号": num(n), "姓名": text(name), "身份证号码": idcell, "培训项目": text("电工"),
             "培训机构": text("肥东县职业技能培训学校"), "培训类别": text("技能提升培训"), "培训模式": text(mode),
             "开班日期": date("2026-03-02"), "结业日期": date("2026-03-20"), "学时": num(40), "是否结业": text("是"),
             "备注": text(note) if note else None}
    return ms.Row("data", cells, "insert")


ROWS = [
    row(1, "王强", text(WANG), "订单式"),
    row(2, "张伟", num(int(ZHANG)), "订单式"),
    row(3, "赵敏", text(ZHAO), "定向式", "未在劳动者名单"),
    row(4, "李娜", text(LI), "夜校"),
    row(5, "王强", text(WANG), "订单式", "重复登记"),
]


def main():
    with open(os.path.join(HERE, "training.fods"), "w", encoding="utf-8") as f:
        f.write(ms.fods(TITLE, COLUMNS, ROWS))
    print("ids:", WANG, ZHANG, LI, ZHAO)


if __name__ == "__main__":
    main()
