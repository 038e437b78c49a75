#!/usr/bin/env python3
"""Writes the CSV fixtures for tests/core/test_csv_reader.cpp, one file per thing Excel does to a list.

The bytes are the point of these files (encodings, BOMs, line endings), so they are generated here rather than
typed in an editor that might "fix" them. Run from anywhere: python3 tests/data/csv/make_fixtures.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def crlf(rows):
    return "".join(r + "\r\n" for r in rows)


# "CSV (逗号分隔)" from Chinese Excel: GBK, no BOM, CRLF, a merged title row padded with commas, a 序号 column,
# a quoted cell with a comma, blank trailing rows.
write("gbk_title_serial.csv", crlf([
    "肥东县2024年企业用工需求清单,,,,,",
    "序号,企业名称,统一社会信用代码,岗位,招聘人数,月薪",
    "1,合肥某某机械有限公司,91340122MA2N0X1234,焊工,5,4000-6000",
    '2,"肥东县店埠镇,东风食品厂",92340122MA8P2Q3R4T,普工,12,3500',
    "3,安徽某某物流有限公司,91340122MA2TXXXX5K,叉车司机,2,5000-7000",
    ",,,,,",
    ",,,,,",
]).encode("gbk"))

# "CSV UTF-8" from Excel: BOM, CRLF.
WORKERS = [
    "姓名,性别,身份证号,手机号",
    "张三,男,340122199001011231,13800001111",
    "李四,女,340122198512120022,13900002222",
]
write("utf8_bom.csv", b"\xef\xbb\xbf" + crlf(WORKERS).encode("utf-8"))
# UTF-8 from other tools: no BOM. And the same rows with LF only (Linux tools, WPS on Linux).
write("utf8_no_bom.csv", crlf(WORKERS).encode("utf-8"))
write("lf_only.csv", "".join(r + "\n" for r in WORKERS).encode("utf-8"))

# European-locale Excel uses semicolons; a comma inside a cell is then not quoted.
write("semicolon.csv", crlf([
    "姓名;地址;手机号",
    "张三;合肥市,肥东县;13800001111",
    '李四;"店埠镇;东风路";13900002222',
]).encode("utf-8"))

# Tab-separated text copied out of a sheet: commas inside cells are never quoted.
write("tab.csv", crlf([
    "姓名\t地址\t手机号",
    "张三\t合肥市,肥东县,店埠镇\t13800001111",
    "李四\t长丰县\t13900002222",
]).encode("utf-8"))

# Some systems export with a vertical bar.
write("vertical_bar.csv", crlf([
    "姓名|备注|手机号",
    "张三|会电焊,有证|13800001111",
    "李四|无|13900002222",
]).encode("utf-8"))

# Line breaks inside cells (Alt+Enter in Excel: a bare LF inside quotes, rows still end in CRLF) and doubled quotes.
write("embedded_newlines.csv", b"\xef\xbb\xbf" + (
    "姓名,备注,手机号\r\n"
    '张三,"第一行\n第二行",13800001111\r\n'
    '李四,"他说""你好""",13900002222\r\n'
    '王五,"多行\n\n三行, 含逗号",13700003333\r\n'
    '赵六,"""引号开头",13600004444\r\n'
).encode("utf-8"))

# Blank rows: a row of only delimiters above the header, an empty line, delimiters only, spaces of both widths,
# and the blank rows Excel leaves at the end.
write("blank_rows.csv", (
    ",,\r\n"
    "姓名,性别,手机号\r\n"
    "张三,男,13800001111\r\n"
    "\r\n"
    ",,\r\n"
    "  ,\u3000,\r\n"
    "李四,女,13900002222\r\n"
    ",,\r\n"
    ",,\r\n"
    "\r\n"
).encode("utf-8"))

# Header below two title rows (title, then unit and date), rows numbered in 序号, an empty numbered row.
write("two_title_rows.csv", b"\xef\xbb\xbf" + crlf([
    "肥东县2024年劳动者求职需求清单,,,,",
    "填报单位：肥东县总工会,,,填报日期：2024年3月1日,",
    "序号,姓名,性别,身份证号,手机号",
    "1,张三,男,340122199001011231,13800001111",
    "2,李四,女,340122198512120022,13900002222",
    "3,,,,",
]).encode("utf-8"))

# GBK whose first rows happen to be valid UTF-8 too (史小平 in GBK is D3BD D0A1 C6BD: three valid two-byte UTF-8
# sequences); the first byte that is not UTF-8 comes only in row 40. Deciding from the first rows would read the
# whole file as UTF-8 and garble every name.
rows = ["ID,name,major,phone"]
valid_names = ["史小平", "石志强", "毛小平"]
for i in range(1, 40):
    rows.append(f"{i},{valid_names[i % 3]},专业,138{i:08d}")
rows.append("40,王小明,焊工,13800000040")
rows.append("41,史小平,电工,13800000041")
crlf(rows[:40]).encode("gbk").decode("utf-8")  # raises if the first 39 data rows were not valid UTF-8
write("utf8_fails_midway.csv", crlf(rows).encode("gbk"))

# A quote opened and never closed: everything after it is one cell; the reader must say where it began.
write("unterminated_quote.csv", crlf([
    "姓名,备注",
    "张三,正常",
    '李四,"没有闭合的引号',
    "王五,后面的行",
]).encode("utf-8"))

# Full-width characters: an ideographic space inside a header name, full-width brackets and digits, and a
# full-width comma that is text, not a delimiter.
write("full_width.csv", crlf([
    "序　号,姓　名,手机号（必填）,地址",
    "１,张三,１３８００００１１１１,合肥市，肥东县",
    "２,李四,13900002222,长丰县",
]).encode("utf-8"))

# GB18030 four-byte characters (outside GBK): rare name characters such as 𠮷 and 䶮 do occur.
write("gb18030_four_byte.csv", crlf([
    "姓名,手机号",
    "吉𠮷,13800001111",
    "刘䶮,13900002222",
]).encode("gb18030"))

# Excel's "Unicode 文本": UTF-16LE with a BOM, tab-separated.
write("utf16le_tab.txt", b"\xff\xfe" + crlf([
    "姓名\t手机号",
    "张三\t13800001111",
]).encode("utf-16-le"))

# Old Mac Excel ("CSV (Macintosh)"): CR alone ends a row.
write("cr_only.csv", "姓名,手机号\r张三,13800001111\r李四,13900002222\r".encode("utf-8"))
