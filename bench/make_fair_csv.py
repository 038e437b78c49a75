#!/usr/bin/env python3
"""A fair organiser's sign-in / intention sheet of N rows for bench/import_fair_sheet.sh, GB18030 and UTF-8, and the
SQL that fills the enterprise list it names (200 enterprises, three vacancies each).

    make_fair_csv.py ROWS OUT.gbk.csv OUT.utf8.csv OUT.sql

Rows: a valid 18-character ID each (a tenth repeat an earlier person), a person category, and for two rows in three
an intention: an enterprise of the list by name (a few by credit code, a few unknown), one of its posts (a few not
among its vacancies), 是否签约 in the words officers use."""
import random
import sys

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def resident_id(n):
    birth = "19%02d%02d%02d" % (60 + n % 40, 1 + n % 12, 1 + n % 28)
    first17 = "340122" + birth + "%03d" % (n // 1000 % 1000)
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS)) % 11]


def uscc(n):
    first17 = "91340122MA2" + "%06d" % n
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return first17 + USCC_ALPHABET[(31 - total % 31) % 31]


def main():
    rows, gbk, utf8, sql = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    rng = random.Random(12)
    posts = ["普工", "焊工", "电工", "包装工", "叉车司机", "保洁员", "仓管员", "质检员"]
    enterprises = ["肥东县第%d机械制造有限公司" % i for i in range(200)]
    with open(sql, "w", encoding="utf-8") as f:
        f.write("BEGIN;\n")
        for i, name in enumerate(enterprises):
            f.write("INSERT INTO enterprises (id, org_id, name, credit_code, created_at, updated_at) VALUES "
                    "(%d, (SELECT id FROM organisations WHERE is_home = 1), '%s', '%s', 't', 't');\n"
                    % (i + 1, name, uscc(i)))
            for p in posts[i % 5:i % 5 + 3]:
                f.write("INSERT INTO vacancies (enterprise_id, title, headcount, posted_on, created_at, updated_at) "
                        "VALUES (%d, '%s', 5, '2024-02-01', 't', 't');\n" % (i + 1, p))
        f.write("COMMIT;\n")
    groups = ["农民工", "困难职工及家属", "新就业形态劳动者", "", "农民工、困难职工及家属"]
    signed = ["是", "否", "", "√", "×", "已签", "未签", "Y", "N", "1", "0"]
    surnames, given = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗", "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚"
    lines = ["2024年春风行动专场招聘会签到及意向登记表" + "," * 9,
             "序号,姓名,性别,身份证号码,联系电话,人员类别,意向单位,意向岗位,是否签约,备注"]
    for r in range(rows):
        n = r if r % 10 else rng.randrange(max(r, 1))
        number = resident_id(n)
        name = surnames[n % 20] + given[n * 7 % 20] + (given[n % 20] if n % 3 else "")
        gender = "男" if int(number[16]) % 2 else "女"
        enterprise = post = sign = ""
        if r % 3:
            e = rng.randrange(200)
            enterprise = uscc(e) if r % 50 == 1 else ("肥东县未登记公司%d" % e if r % 40 == 2 else enterprises[e])
            post = posts[(e % 5) + rng.randrange(3)] if r % 25 else "新设岗位%d" % (r % 7)
            sign = rng.choice(signed)
        lines.append("%d,%s,%s,%s,1385%07d,%s,%s,%s,%s," % (r + 1, name, gender, number, n % 10000000,
                                                               groups[n % 5], enterprise, post, sign))
    text = "\n".join(lines) + "\n"
    with open(gbk, "wb") as f:
        f.write(text.encode("gb18030"))
    with open(utf8, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
