#!/usr/bin/env python3
"""Spreadsheet sources and expected import summaries for the "written by a real spreadsheet program" fixtures.

    python3 make_sheets.py            writes workers.fods and vacancies.fods (flat ODS: reviewable XML) and, for
                                      every CSV that regenerate.sh makes from them, <csv>.expected.json
    python3 make_sheets.py --check    after LibreOffice has converted the sheets (regenerate.sh runs both):
                                      reads every produced CSV back and fails unless each record, each cell and
                                      each physical line number is exactly what the model below predicts, so a
                                      LibreOffice that writes something else is noticed instead of silently
                                      changing the fixtures; then refreshes the issue table in README.md

The rows below are the sheets as a town or an enterprise would send them. Each data row carries the issues an
officer should see for it (column, reason code, why) and what happens to it (inserted, updated, rejected);
the expected JSON files are derived from those annotations, never from the importer's output.
Standard library only.
"""
import csv
import io
import json
import os
import re
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2024-12-31"  # the test fixes today; every date in the sheets is earlier, so any later today agrees

# --------------------------------------------------------------------------------------------------------------
# Check characters, computed as the standards say (not copied from anywhere).

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(first17):
    """GB 11643-1999: weighted sum of the first 17 digits mod 11 indexes 10X98765432."""
    assert len(first17) == 17 and first17.isdigit(), first17
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS)) % 11]


def resident_id(addr, birth, seq):
    first17 = addr + birth + "%03d" % seq
    return first17 + id_check(first17)


USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code_check(first8):
    """GB 11714-1997 organisation code (characters 9-17 of a credit code): digits and letters (A=10 ... Z=35)."""
    weights = [3, 7, 9, 10, 5, 8, 4, 2]
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(first8, weights))
    c9 = 11 - total % 11
    return "X" if c9 == 10 else "0" if c9 == 11 else str(c9)


def uscc(dept_type, addr, org8):
    """GB 32100-2015: check = 31 - (sum of value x weight mod 31), 31 -> 0, over the alphabet without I O S V Z."""
    first17 = dept_type + addr + org8 + org_code_check(org8)
    assert len(first17) == 17 and all(c in USCC_ALPHABET for c in first17), first17
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return first17 + USCC_ALPHABET[(31 - total % 31) % 31]


# --------------------------------------------------------------------------------------------------------------
# Cells. What LibreOffice writes for a cell depends on its type and format: text() cells are written as typed;
# num() and date() cells are written as LibreOffice formats them, predicted by shown() and verified by --check.

class Cell:
    def __init__(self, kind, value, fmt=None):
        self.kind, self.value, self.fmt = kind, value, fmt


def text(s):
    return Cell("text", s)


def num(v, fmt=None):        # fmt None: the General format a cell has until someone formats it; "int": format "0"
    return Cell("num", v, fmt)


def date(iso, fmt="ymd"):    # a real date cell; "ymd" = YYYY/M/D (Chinese Excel's short date), "cn" = YYYY年M月D日
    return Cell("date", iso, fmt)


def sig15(v):
    """The 15 significant digits a spreadsheet keeps of an integer (round half up on the 16th digit)."""
    digits = str(v)
    if len(digits) <= 15:
        return digits, 0
    head, rest = int(digits[:15]), digits[15:]
    if int(rest[0]) >= 5:
        head += 1
    return str(head), len(rest)


def shown(cell, as_shown):
    """The text LibreOffice 7.4 writes for a cell (as_shown = the 'Save cell contents as shown' option)."""
    if cell is None:
        return ""
    if cell.kind == "text":
        return cell.value
    if cell.kind == "num":
        v = cell.value
        if cell.fmt == "int" and as_shown:
            head, dropped = sig15(v)
            return head + "0" * dropped
        if abs(v) < 10 ** 15:
            return str(v)
        head, dropped = sig15(v)                      # General: scientific with a three-digit exponent
        mantissa = (head[0] + "." + head[1:]).rstrip("0").rstrip(".")
        return "%sE+%03d" % (mantissa, len(head) - 1 + dropped)
    if cell.kind == "date":
        y, m, d = (int(p) for p in cell.value.split("-"))
        if cell.fmt == "cn" and as_shown:
            return "%d年%d月%d日" % (y, m, d)
        return "%d/%d/%d" % (y, m, d)               # "ymd", and every date when not saved as shown (zh-CN locale)
    raise ValueError(cell.kind)


# --------------------------------------------------------------------------------------------------------------
# Rows. A data row is a dict column -> cell, plus "outcome" and "issues" [(column, code, why)].

class Row:
    def __init__(self, kind, cells=None, outcome=None, issues=()):
        self.kind = kind            # "data"; or a row an officer sees as empty: "blank" (nothing at all), "serial"
        self.cells = cells or {}    # (only 序号), "spaces" (a cell holding only spaces), "bordered" (empty cells
                                    # with borders, as in a template: not written at all after the last content)
        self.outcome = outcome      # "insert", "update", "reject"
        self.issues = list(issues)


def person(n, name, gender, idcell, phone, town, groups, hardship, status, returned, trade, wage, edu, registered,
           note=None, outcome="insert", issues=()):
    cells = {"序号": num(n), "姓名": text(name) if name else None, "性别": text(gender), "身份证号码": idcell,
             "联系电话": phone, "所属乡镇": text(town) if town else None, "人员类别": text(groups),
             "困难类型": text(hardship) if hardship else None, "就业状态": text(status), "返岗时间": returned,
             "求职意向": text(trade), "期望月薪": wage, "文化程度": text(edu), "登记日期": registered,
             "备注": text(note) if note else None}
    return Row("data", cells, outcome, issues)


TOWN = ("所属乡镇", "value_unrecognised",
        "town not among a fresh file's organisations (安徽省, 合肥市, 肥东县 only): filed under 肥东县")

WORKER_COLUMNS = ["序号", "姓名", "性别", "身份证号码", "联系电话", "所属乡镇", "人员类别", "困难类型", "就业状态",
                  "返岗时间", "求职意向", "期望月薪", "文化程度", "登记日期", "备注"]

ID_ZHANG = resident_id("340122", "19850312", 13)
ID_DAMAGED_SCI = int(resident_id("340122", "19900101", 135))
ID_DAMAGED_ZEROS = int(resident_id("340122", "19881120", 21))
ID_GOOD_FOR_BAD_CHECK = resident_id("340122", "19920416", 28)
ID_BAD_CHECK = ID_GOOD_FOR_BAD_CHECK[:17] + ("1" if ID_GOOD_FOR_BAD_CHECK[17] != "1" else "2")
ID_SEVENTEEN = resident_id("340122", "19860921", 35)
ID_SEVENTEEN = ID_SEVENTEEN[:10] + ID_SEVENTEEN[11:]          # one digit of the birth date left out


def id_ending_x(addr, birth, female=True):
    for seq in range(2 if female else 1, 1000, 2):
        number = resident_id(addr, birth, seq)
        if number.endswith("X"):
            return number
    raise ValueError("no sequence gives X")


WORKERS = [
    person(1, "张伟", "男", text(ID_ZHANG), num(13856781234), "店埠镇", "农民工", None, "未就业",
           date("2024-02-20"), "电工", text("5000-6000"), "初中", date("2024-02-23"),
           issues=[TOWN]),
    person(2, "李秀英", "女", text(resident_id("340122", "19780605", 24)), text("+86 139 5601 2345"), "撮镇镇",
           "农民工、困难职工", "单亲家庭", "未就业", None, "保洁", text("3000-4000"), "初中", text("2024/2/23"),
           note="单亲，独自抚养一子", issues=[TOWN]),
    person(3, "王建国", "男", text(resident_id("342621", "19620715", 11)), text("0551-67671234"), "梁园镇",
           "困难职工", "零就业家庭", "待岗", None, "仓库管理", num(4000), "初中", text("2024年2月23日"),
           note="身份证地址码342621为原巢湖地区肥东县", issues=[TOWN]),
    person(4, "陈静", "女", text(id_ending_x("340121", "19950828").lower()), text("187 5512 3456"), "长临河镇",
           "新就业形态劳动者", None, "灵活就业", None, "网约车司机", text("6000-8000"), "大专", text("2024.2.23"),
           issues=[TOWN]),
    person(5, "刘洋", "男", num(ID_DAMAGED_SCI), text("13955667788"), None, "农民工", None, "未就业", None,
           "普工", text("4500"), "初中", date("2024-02-23"), outcome="reject",
           issues=[("身份证号码", "id_excel_damaged",
                    "number cell in General format: written in scientific notation, the last digits are lost")]),
    person(6, "赵磊", "男", num(ID_DAMAGED_ZEROS, "int"), text("13855001234"), None, "农民工", None, "未就业",
           None, "普工", text("4000-5000"), "初中", date("2024-02-24"), outcome="reject",
           issues=[("身份证号码", "id_excel_damaged",
                    "number cell formatted \"0\": 15 significant digits kept, the last three written as 000")]),
    person(7, "孙丽", "女", text(ID_BAD_CHECK), text("13966554433"), None, "困难职工", None, "未就业", None,
           "收银员", text("3000"), "初中", text("2024/2/24"), outcome="reject",
           issues=[("身份证号码", "id_checksum", "the check character does not match (a mistyped digit)")]),
    person(8, "周强", "男", num(int("340122650312123")), num(15955123456), "店埠镇", "农民工", None, "未就业",
           date("2024-02-18", "cn"), "焊工", text("6000"), "初中", date("2024-02-26", "cn"),
           issues=[TOWN]),
    person(9, "吴芳", "女", None, text("13705516677"), None, "困难职工", None, "未就业", None, "保育员",
           text("3500"), "初中", date("2024-02-26"), outcome="reject",
           issues=[("身份证号码", "missing_required", "the ID number is blank")]),
    person(10, None, "男", text(resident_id("340122", "19700923", 31)), text("13805519988"), None, "农民工",
           None, "未就业", None, "木工", text("5000"), "初中", date("2024-02-26"), outcome="reject",
           issues=[("姓名", "missing_required", "the name is blank")]),
    person(11, "郑海涛", "女", text(resident_id("340122", "19880105", 17)), text("18655123344"), "撮镇镇",
           "农民工", None, "在职求职", None, "汽修", text("6000-7000"), "初中", text("2024-02-27"),
           issues=[("性别", "gender_mismatch", "女 written, but the ID's 17th digit is odd (male): the ID wins"),
                   TOWN]),
    person(12, "冯雪梅", "女", text(resident_id("340122", "19830219", 46)), text("1385678123"), "梁园镇",
           "困难职工", "夫妻双方下岗失业", "未就业", None, "家政", text("3000-4000"), "初中", date("2024-02-27"),
           note="电话\"1385678123\"少一位，待核实",
           issues=[("联系电话", "phone_invalid", "10 digits: a mobile has 11; imported without a phone"), TOWN]),
    Row("blank"),
    person(13, "何建华", "男", text(resident_id("340122", "19750610", 19)), text("13905511234"), "店埠镇",
           "退役军人", None, "未就业", None, "保安", text("4000"), "初中", date("2024-03-01"),
           issues=[("人员类别", "value_unrecognised", "退役军人 is not one of the file's key groups"), TOWN]),
    person(14, "马晓燕", "女", text(resident_id("340121", "19900330", 62)), text("１３６５５１２３４５６"),
           "长临河镇", "农民工", None, "未就业", None, "纺织工", text("3500-4500"), "初中", text("2024/2/30"),
           issues=[("登记日期", "date_invalid", "30 February does not exist; imported with the import date"),
                   TOWN]),
    person(15, "胡军", "男", text(resident_id("340122", "19800808", 15)), text("13956781122"), "撮镇镇",
           "农民工", None, "未就业", text("2024年2月17日"), "电焊工", text("5000-7000"), "初中", num(45345),
           note="家住撮镇镇马湖村,需照顾老人\n只能上白班", issues=[TOWN]),
    person(16, "林小红", "女", text(id_ending_x("340122", "19930712")), text("15156789900"), "梁园镇", "残疾职工",
           "有劳动能力的残疾人", "未就业", None, "手工编织", text("3000"), "初中", date("2024-03-05"),
           note="听力残疾,需安排简单岗位", issues=[TOWN]),
    person(17, "张伟", "男", text(ID_ZHANG), text("13856789999"), "店埠镇", "农民工", None, "已就业",
           date("2024-02-20"), "电工", text("5000-6000"), "初中", date("2024-03-15"),
           note="已在肥东某电缆厂就业，3月15日回访", outcome="update",
           issues=[("身份证号码", "duplicate_in_file",
                    "same ID as line 3 (序号 1): the later row updates the person, new phone and status"),
                   TOWN]),
    person(18, "黄志明", "男", text(ID_SEVENTEEN), text("13505512468"), None, "农民工", None, "未就业", None,
           "搬运工", text("4500"), "初中", text("2024/3/18"), outcome="reject",
           issues=[("身份证号码", "id_invalid", "17 characters: a digit of the birth date was left out")]),
    person(19, "徐桂兰", "女", text(resident_id("340122", "19680101", 22)), text("13866123456"), None, "困难职工",
           "享受低保的长期失业人员", "未就业", None, "保洁", text("2500-3000"), "小学及以下",
           date("2024-03-18", "cn")),
    person(20, "罗平", "男", text(resident_id("340121", "19910514", 39)), text("0086 139 5500 1122"), None,
           "新就业形态劳动者", None, "灵活就业", None, "外卖骑手", text("6000-8000"), "高中/中专/技校",
           text("2024-3-20")),
    Row("serial", {"序号": num(21)}),
    Row("serial", {"序号": num(22)}),
    Row("spaces", {"姓名": text("\u3000")}),   # an ideographic space typed with a Chinese input method
    Row("bordered"),
    Row("bordered"),
]


def job(name, code, industry, county, contact, phone, title, headcount, wage, edu, age, place, posted,
        outcome="insert", issues=()):
    cells = {"企业名称": text(name) if name else None, "统一社会信用代码": text(code) if code else None,
             "所属行业": text(industry), "所属县区": county, "联系人": text(contact), "联系电话": text(phone),
             "岗位名称": text(title) if title else None, "招聘人数": headcount, "薪资待遇": text(wage),
             "学历要求": text(edu) if edu else None, "年龄要求": text(age), "工作地点": text(place),
             "发布日期": posted}
    return Row("data", cells, outcome, issues)


VACANCY_COLUMNS = ["企业名称", "统一社会信用代码", "所属行业", "所属县区", "联系人", "联系电话", "岗位名称",
                   "招聘人数", "薪资待遇", "学历要求", "年龄要求", "工作地点", "发布日期"]

WANDONG = ("合肥皖东精密机械有限公司", uscc("91", "340122", "MA2N4K1P"))
DONGHU = ("安徽东湖食品有限公司", uscc("91", "340122", "MA2P7D3T"))
HESHUN_GOOD = uscc("91", "340122", "MA2R8E6L")
HESHUN = ("肥东县和顺物流有限公司",
          HESHUN_GOOD[:17] + USCC_ALPHABET[(USCC_ALPHABET.index(HESHUN_GOOD[17]) + 7) % 31])
DONGCHENG = ("合肥东城建筑劳务有限公司", uscc("91", "340122", "MA2T5G2H"))
ZHILIAN = ("合肥智联软件科技有限公司", uscc("91", "340122", "MA8N3Q7U"))

VACANCIES = [
    job(*WANDONG, "C", text("肥东县"), "王经理", "0551-67712345", "数控车工", text("20人"), "5000-8000元/月",
        "初中", "18-45", "肥东经济开发区", date("2024-02-23")),
    job(*WANDONG, "C", text("肥东县"), "王经理", "0551-67712345", "装配工", text("若干"), "4000-6000元/月",
        "初中", "18-50", "肥东经济开发区", date("2024-02-23")),
    job(*DONGHU, "制造业", num(340122), "李女士", "+86 139 5512 6789", "包装工", num(15), "3000-5000元/月",
        None, "18-55", "撮镇镇", text("2024年2月23日")),
    job(*HESHUN, "G", text("肥东县"), "赵先生", "13855123456", "叉车司机", text("5人"), "5000元", "初中",
        "22-50", "店埠镇", text("2024.2.26"),
        issues=[("统一社会信用代码", "uscc_checksum",
                 "the check character does not match; some issued codes do: kept, with a warning")]),
    job("肥东县好客来餐饮店", None, "住宿和餐饮业", text("肥东县"), "孙店长", "67712345", "厨师", text("3人"),
        "面议", None, "25-50", "店埠镇", text("2024/3/1"),
        issues=[("联系电话", "phone_invalid", "8 digits without an area code; imported without a phone")]),
    Row("blank"),
    job(*WANDONG, "C", text("肥东县"), "王经理", "0551-67712345", "质检员", text("2人"), "5k-8k", "大专",
        "20-40", "肥东经济开发区", date("2024-02-23", "cn")),
    job(None, None, "F", text("肥东县"), "周女士", "13966001122", "保洁员", text("2人"), "2500元", None,
        "30-60", "店埠镇", date("2024-03-02"), outcome="reject",
        issues=[("企业名称", "missing_required", "no enterprise name (and no credit code to tell which)")]),
    job(*DONGHU, "制造业", num(340122), "李女士", "+86 139 5512 6789", None, text("10人"), "4000元", None,
        "18-50", "撮镇镇", date("2024-03-02"), outcome="reject",
        issues=[("岗位名称", "missing_required", "no job title")]),
    job(*DONGHU, "C", num(340122), "李女士", "+86 139 5512 6789", "普工", text("30人"), "3500-4500元/月", "初中",
        "18-50", "撮镇镇", date("2024-03-02")),
    job(*DONGCHENG, "建筑业", text("肥东县"), "钱工", "13705512233", "钢筋工", text("若干"), "面议", None,
        "18-55", "肥东县各工地", num(45358)),
    job(*ZHILIAN, "I", text("肥东县"), "吴经理", "0551-62345678", "软件测试员", text("3人"), "6000-9000元/月",
        "本科", "22-35", "肥东县店埠镇", text("2024-03-05")),
    Row("spaces", {"企业名称": text(" ")}),       # a cell "cleared" with the space bar
    Row("bordered"),
    Row("bordered"),
]

SHEETS = {
    "workers": ("肥东县2024年重点群体求职登记表", WORKER_COLUMNS, WORKERS),
    "vacancies": ("肥东县2024年企业用工需求清单", VACANCY_COLUMNS, VACANCIES),
}

# The CSVs regenerate.sh makes: file -> (sheet, encoding as the importer reports it, saved as shown?)
OUTPUTS = {
    "workers.gbk.csv": ("workers", "GB18030", True),
    "workers.utf8.csv": ("workers", "UTF-8", True),
    "workers.utf8-values.csv": ("workers", "UTF-8", False),
    "vacancies.gbk.csv": ("vacancies", "GB18030", True),
    "vacancies.utf8.csv": ("vacancies", "UTF-8", True),
}

# --------------------------------------------------------------------------------------------------------------
# Flat ODS.

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')

STYLES = """ <office:styles>
  <style:default-style style:family="table-cell">
   <style:text-properties fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
  </style:default-style>
  <number:date-style style:name="N_ymd" number:language="zh" number:country="CN">
   <number:year number:style="long"/><number:text>/</number:text><number:month/><number:text>/</number:text><number:day/>
  </number:date-style>
  <number:date-style style:name="N_cn" number:language="zh" number:country="CN">
   <number:year number:style="long"/><number:text>年</number:text><number:month/><number:text>月</number:text><number:day/><number:text>日</number:text>
  </number:date-style>
  <number:number-style style:name="N_int"><number:number number:decimal-places="0" number:min-integer-digits="1"/></number:number-style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="co_narrow" style:family="table-column"><style:table-column-properties style:column-width="1.2cm"/></style:style>
  <style:style style:name="co_normal" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
  <style:style style:name="co_wide" style:family="table-column"><style:table-column-properties style:column-width="4.6cm"/></style:style>
  <style:style style:name="ce_title" style:family="table-cell"><style:table-cell-properties style:text-align-source="fix"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold" style:font-size-asian="16pt" style:font-weight-asian="bold"/></style:style>
  <style:style style:name="ce_head" style:family="table-cell"><style:table-cell-properties fo:border="0.06pt solid #000000"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
  <style:style style:name="ce_box" style:family="table-cell"><style:table-cell-properties fo:border="0.06pt solid #000000"/></style:style>
  <style:style style:name="ce_ymd" style:family="table-cell" style:data-style-name="N_ymd"><style:table-cell-properties fo:border="0.06pt solid #000000"/></style:style>
  <style:style style:name="ce_cn" style:family="table-cell" style:data-style-name="N_cn"><style:table-cell-properties fo:border="0.06pt solid #000000"/></style:style>
  <style:style style:name="ce_int" style:family="table-cell" style:data-style-name="N_int"><style:table-cell-properties fo:border="0.06pt solid #000000"/></style:style>
 </office:automatic-styles>
"""

WIDE = {"身份证号码", "备注", "企业名称", "统一社会信用代码", "薪资待遇", "工作地点", "人员类别", "困难类型"}


def cell_xml(cell):
    if cell is None:
        return '<table:table-cell table:style-name="ce_box"/>'
    if cell.kind == "text":
        paragraphs = "".join("<text:p>%s</text:p>" % escape(p) for p in cell.value.split("\n"))
        return '<table:table-cell table:style-name="ce_box" office:value-type="string">%s</table:table-cell>' % (
            paragraphs)
    if cell.kind == "num":
        style = "ce_int" if cell.fmt == "int" else "ce_box"
        return ('<table:table-cell table:style-name="%s" office:value-type="float" office:value="%d">'
                '<text:p>%s</text:p></table:table-cell>' % (style, cell.value, shown(cell, True)))
    if cell.kind == "date":
        style = "ce_cn" if cell.fmt == "cn" else "ce_ymd"
        return ('<table:table-cell table:style-name="%s" office:value-type="date" office:date-value="%s">'
                '<text:p>%s</text:p></table:table-cell>' % (style, cell.value, shown(cell, True)))
    raise ValueError(cell.kind)


def fods(title, columns, rows):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<office:document %s office:version="1.3" '
           'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">' % NS, STYLES,
           ' <office:body><office:spreadsheet>', '  <table:table table:name="Sheet1">']
    for c in columns:
        width = "co_narrow" if c == "序号" else "co_wide" if c in WIDE else "co_normal"
        out.append('   <table:table-column table:style-name="%s"/>' % width)
    out.append('   <table:table-row><table:table-cell table:style-name="ce_title" office:value-type="string" '
               'table:number-columns-spanned="%d" table:number-rows-spanned="1"><text:p>%s</text:p>'
               '</table:table-cell><table:covered-table-cell table:number-columns-repeated="%d"/>'
               '</table:table-row>' % (len(columns), escape(title), len(columns) - 1))
    out.append('   <table:table-row>%s</table:table-row>' % "".join(
        '<table:table-cell table:style-name="ce_head" office:value-type="string"><text:p>%s</text:p>'
        '</table:table-cell>' % escape(c) for c in columns))
    for row in rows:
        if row.kind in ("blank", "bordered") and not row.cells:
            # "blank": nothing at all, not even a border (the officer cleared a person's row); "bordered": the
            # template's boxes below the last entry.
            style = ' table:style-name="ce_box"' if row.kind == "bordered" else ""
            out.append('   <table:table-row><table:table-cell%s table:number-columns-repeated="%d"/>'
                       '</table:table-row>' % (style, len(columns)))
        else:
            out.append('   <table:table-row>%s</table:table-row>' % "".join(
                cell_xml(row.cells.get(c)) for c in columns))
    out += ['  </table:table>', ' </office:spreadsheet></office:body>', '</office:document>', '']
    return "\n".join(out)


# --------------------------------------------------------------------------------------------------------------
# Expected import summaries.

SEVERITY = {"missing_required": "rejected", "id_invalid": "rejected", "id_checksum": "rejected",
            "id_excel_damaged": "rejected", "phone_invalid": "warning", "date_invalid": "warning",
            "gender_mismatch": "warning", "uscc_checksum": "warning", "value_unrecognised": "warning",
            "duplicate_in_file": "warning"}


def layout(sheet):
    """(row, first physical line) for every row of the sheet the CSV will have: title on line 1, header on line 2,
    and a line break inside a cell makes its record one line longer. Rows after the last cell with content are
    not written, however they are formatted."""
    _, columns, rows = SHEETS[sheet]
    while rows and rows[-1].kind == "bordered":
        rows = rows[:-1]
    line, placed = 3, []
    for row in rows:
        placed.append((row, line))
        line += 1 + sum(shown(c, True).count("\n") for c in row.cells.values())
    return placed


def expected_summary(csv_name):
    sheet, encoding, as_shown = OUTPUTS[csv_name]
    counts = {"rows_read": 0, "inserted": 0, "updated": 0, "unchanged": 0, "rejected": 0, "warnings": 0,
              "skipped_empty": 0}
    issues = []
    for row, line in layout(sheet):
        if row.kind != "data":
            counts["skipped_empty"] += 1
            continue
        counts["rows_read"] += 1
        counts[{"insert": "inserted", "update": "updated", "reject": "rejected"}[row.outcome]] += 1
        rejections = [code for _, code, _ in row.issues if SEVERITY[code] == "rejected"]
        assert (row.outcome == "reject") == bool(rejections), (line, row.issues)
        assert len(rejections) <= 1, "a rejected row has exactly one reason in these sheets"
        for column, code, _ in row.issues:
            if SEVERITY[code] == "warning":
                counts["warnings"] += 1
            issues.append({"line": line, "column": column, "value": shown(row.cells.get(column), as_shown),
                           "code": code})
    summary = {"encoding": encoding, "delimiter": ",", "header_line": 2}
    summary.update(counts)
    summary["issues"] = issues
    return summary


# --------------------------------------------------------------------------------------------------------------
# --check: what LibreOffice wrote must be what the model says.

def read_records(path, encoding):
    raw = open(path, "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), "%s: LibreOffice 7.4 writes no BOM (README says so)" % path
    assert b"\r" not in raw, "%s: expected LF line ends only (README says so)" % path
    reader = csv.reader(io.StringIO(raw.decode(encoding), newline=""))
    records, line = [], 1
    for fields in reader:
        records.append((line, fields))
        line = reader.line_num + 1
    return records


def check(csv_name):
    sheet, encoding, as_shown = OUTPUTS[csv_name]
    title, columns, rows = SHEETS[sheet]
    path = os.path.join(HERE, csv_name)
    records = read_records(path, "gbk" if encoding == "GB18030" else "utf-8")
    want = [(1, [title] + [""] * (len(columns) - 1)), (2, list(columns))]
    for row, line in layout(sheet):
        want.append((line, [shown(row.cells.get(c), as_shown) for c in columns]))
    problems = []
    if len(records) != len(want):
        problems.append("%d records, expected %d" % (len(records), len(want)))
    for (got_line, got), (want_line, cells) in zip(records, want):
        if got_line != want_line or got != cells:
            problems.append("line %d: %r\n   expected line %d: %r" % (got_line, got, want_line, cells))
    if problems:
        sys.exit("%s is not what the model predicts:\n  %s" % (csv_name, "\n  ".join(problems)))


def readme_table():
    out = ["| file(s) | line | column | value | code | severity | why |", "|---|---|---|---|---|---|---|"]
    for sheet, names in (("workers", "workers.*.csv"), ("vacancies", "vacancies.*.csv")):
        for row, line in layout(sheet):
            for column, code, why in row.issues:
                value = shown(row.cells.get(column), True)
                cell = "`%s`" % value if value else "(blank)"
                raw = shown(row.cells.get(column), False)
                if raw != value:
                    cell += " (`%s` in workers.utf8-values.csv)" % raw
                out.append("| %s | %d | %s | %s | %s | %s | %s |" % (names, line, column, cell, code,
                                                                     SEVERITY[code], why))
    return "\n".join(out)


def main():
    if "--check" in sys.argv:
        for name in OUTPUTS:
            check(name)
        readme = os.path.join(HERE, "README.md")
        text_ = open(readme, encoding="utf-8").read()
        begin, end = "<!-- BEGIN issue table (make_sheets.py --check) -->", "<!-- END issue table -->"
        new = re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda _: begin + "\n" + readme_table() + "\n" + end,
                     text_, flags=re.S)
        if new != text_:
            open(readme, "w", encoding="utf-8").write(new)
        print("checked: %s" % ", ".join(OUTPUTS))
        return
    for sheet, (title, columns, rows) in SHEETS.items():
        for row in rows:
            for c in row.cells.values():
                if c is not None and c.kind == "text":
                    c.value.encode("gbk")          # every character must survive the GBK export
        with open(os.path.join(HERE, sheet + ".fods"), "w", encoding="utf-8") as f:
            f.write(fods(title, columns, rows))
    for name in OUTPUTS:
        with open(os.path.join(HERE, name.replace(".csv", ".expected.json")), "w", encoding="utf-8") as f:
            json.dump(expected_summary(name), f, ensure_ascii=False, indent=2)
            f.write("\n")
    # Sanity of the constructed IDs: the damaged ones really are damaged in the way the rows say.
    zeros = shown(num(ID_DAMAGED_ZEROS, "int"), True)
    assert zeros.endswith("000") and id_check(zeros[:17]) != zeros[17], zeros
    assert id_check(ID_BAD_CHECK[:17]) != ID_BAD_CHECK[17]
    assert len(ID_SEVENTEEN) == 17
    assert HESHUN[1] != HESHUN_GOOD


if __name__ == "__main__":
    main()
