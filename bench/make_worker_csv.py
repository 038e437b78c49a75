#!/usr/bin/env python3
"""Writes a worker list shaped like an Excel export, for the import benchmark (bench/import_workers.sh).

12 columns with Chinese headers, CRLF between rows, about 1% of rows with a line break inside a quoted cell
(a bare LF, as Excel writes it) and some cells with commas inside quotes, valid and unique resident IDs
(GB 11643 check character), dates as officers type them. Written twice: GB18030 (what "CSV (逗号分隔)" from
Chinese Excel gives) and UTF-8 without a BOM (for sqlite3's .import, which would keep a BOM in the first name).

Usage: make_worker_csv.py ROWS OUT_GB18030 OUT_UTF8 [SEED]      (python3, standard library only)
"""

import random
import sys

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"
# 肥东县 and its neighbours; the ID space below is codes × birth days × sequence numbers.
AREAS = ["340122", "340121", "340123", "340124", "340181", "342621"]
DAYS = 16000          # birth days from 1960-01-01
SEQUENCES = 1000
SPACE = len(AREAS) * DAYS * SEQUENCES
MULTIPLIER = 48271    # prime, coprime with SPACE: n → n·M mod SPACE is a bijection, so IDs never repeat

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宇浩凯丹亮晨欣怡婷雪梅琳博瑞峰海燕林波宁"
TOWNS = ["店埠镇", "撮镇镇", "梁园镇", "桥头集镇", "长临河镇", "石塘镇", "古城镇", "八斗镇", "元疃镇", "白龙镇",
         "包公镇", "众兴乡", "响导乡", "牌坊乡", "杨店乡", "马湖乡", "张集乡", "草庙镇"]
GROUPS = ["农民工", "困难职工及家属", "新就业形态劳动者", "转岗/待岗职工", "残疾职工", "农民工、困难职工及家属"]
TRADES = ["普工", "电焊工", "叉车司机", "保洁", "厨师", "快递员", "外卖骑手", "仓管员", "装配工", "缝纫工", "电工",
          "保安", "育婴员", "养老护理员", "数控车工"]
NOTES = ["", "", "", "", "", "家中有老人需照顾", "希望就近就业", "已参加技能培训", "可接受倒班"]


def resident_id(n):
    k = (n * MULTIPLIER) % SPACE
    area = AREAS[k // (DAYS * SEQUENCES)]
    day = (k // SEQUENCES) % DAYS
    seq = k % SEQUENCES
    # Civil date from a day count (proleptic Gregorian), without the datetime module's per-call cost.
    y, m, d = days_to_date(day)
    first17 = "%s%04d%02d%02d%03d" % (area, y, m, d, seq)
    s = sum(int(c) * w for c, w in zip(first17, WEIGHTS))
    return first17 + CHECK[s % 11], seq % 2 == 1


_MONTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def days_to_date(day):
    y = 1960
    while True:
        leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
        n = 366 if leap else 365
        if day < n:
            break
        day -= n
        y += 1
    for i, length in enumerate(_MONTHS):
        if i == 1 and leap:
            length = 29
        if day < length:
            return y, i + 1, day + 1
        day -= length
    raise AssertionError("unreachable")


def quote(cell):
    if any(c in cell for c in ',"\n\r'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def rows(count, rng):
    yield ["序号", "姓名", "性别", "身份证号", "联系电话", "户籍地", "现居住地", "重点群体", "求职意向", "期望薪资",
           "登记日期", "备注"]
    for n in range(count):
        rid, male = resident_id(n + 1)
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
        town = rng.choice(TOWNS)
        current = "肥东县" + rng.choice(TOWNS)
        if rng.random() < 0.05:
            current += "," + rng.choice(["东风路", "龙泉路", "长江东路"]) + str(rng.randint(1, 300)) + "号"
        wage_low = rng.choice([3000, 3500, 4000, 4500, 5000, 6000])
        wage = "%d-%d" % (wage_low, wage_low + rng.choice([1000, 2000]))
        registered = "2024/%d/%d" % (rng.randint(1, 12), rng.randint(1, 28))
        note = rng.choice(NOTES)
        if rng.random() < 0.01:
            note = "家庭情况：" + rng.choice(["上有老人，下有小孩", "爱人在外地务工"]) + "\n可接受短期、临时工作"
        yield [str(n + 1), name, "男" if male else "女", rid, "1%d%09d" % (rng.choice([3, 5, 8, 9]), rng.randrange(10**9)),
               "安徽省合肥市肥东县" + town, current, rng.choice(GROUPS), rng.choice(TRADES), wage, registered, note]


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    count = int(sys.argv[1])
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    with open(sys.argv[2], "wb") as gbk, open(sys.argv[3], "wb") as utf8:
        batch = []
        for row in rows(count, rng):
            batch.append(",".join(quote(c) for c in row) + "\r\n")
            if len(batch) >= 10000:
                text = "".join(batch)
                gbk.write(text.encode("gb18030"))
                utf8.write(text.encode("utf-8"))
                batch = []
        text = "".join(batch)
        gbk.write(text.encode("gb18030"))
        utf8.write(text.encode("utf-8"))


if __name__ == "__main__":
    main()
