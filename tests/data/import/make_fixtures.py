#!/usr/bin/env python3
"""Writes the small import fixtures (valid resident IDs computed, so the files stay reproducible).
Run from this folder: python3 make_fixtures.py"""

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def rid(first17):
    s = sum(int(c) * w for c, w in zip(first17, W))
    return first17 + "10X98765432"[s % 11]


CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(first17):
    c = 31 - sum(CS.index(ch) * w for ch, w in zip(first17, CW)) % 31
    return first17 + CS[0 if c == 31 else c]


def write(name, lines, encoding="utf-8", bom=False):
    data = "\r\n".join(lines) + "\r\n"
    raw = data.encode(encoding)
    if bom:
        raw = b"\xef\xbb\xbf" + raw
    with open(name, "wb") as f:
        f.write(raw)


A = rid("34012219900101123")   # male (3rd-last digit 3 → odd)
B = rid("34012219851212002")   # female
C = rid("34012220000229101")
D = rid("34012219700615444")
BAD = A[:-1] + ("0" if A[-1] != "0" else "1")  # wrong check character

header = "序号,姓名,身份证号,性别,联系电话,重点群体,服务需求,登记日期,备注"
write("workers_basic.csv", [
    header,
    f"1,张三,{A},男,13800000001,农民工,职业介绍,2024/2/23,",
    f"2,李四,{B},女,13900000002,困难职工、农民工,技能培训,2024-02-24,",
    "",
    f"3,王五,{C},男,13700000003,,,2024年2月25日,\"备注,带逗号\"",
    f"4,赵六,{BAD},男,13600000004,农民工,,2024/2/26,校验位错",
    f"5,钱七,{D},女,12345,农民工,,2024/2/27,手机号错",
    ",,,,,,,,",
])
# The same people again: 张三 unchanged, 李四 with a new phone and key groups, one new person; 王五 absent.
E = rid("34012219950505556")
write("workers_update.csv", [
    header,
    f"1,张三,{A},男,13800000001,农民工,职业介绍,2024/2/23,",
    f"2,李四,{B},女,13911111111,农民工,技能培训,2024-02-24,",
    f"3,孙八,{E},女,13500000005,,,2024/3/1,",
], encoding="gb18030")
# A later row for the same ID updates the earlier one.
write("workers_duplicate.csv", [
    header,
    f"1,张三,{A},男,13800000001,农民工,,2024/2/23,",
    f"2,李四,{B},女,13900000002,,,2024/2/24,",
    f"3,张三,{A},男,13800009999,农民工,,2024/2/23,第二次出现",
], bom=True)
write("workers_missing_id_column.csv", [
    "姓名,联系电话",
    "张三,13800000001",
])

K = uscc("91340122MA2N0P8K8")
vheader = "企业名称,统一社会信用代码,所属行业,联系人,联系电话,岗位名称,工种,招聘人数,薪资待遇,学历要求,工作地点,发布日期"
write("vacancies_basic.csv", [
    vheader,
    f"合肥甲制造有限公司,{K},制造业,王经理,13800000011,普工,装配,20,3000-5000元/月,初中,店埠镇,2024/2/1",
    f"合肥甲制造有限公司,{K},制造业,王经理,13800000011,叉车司机,叉车,2,5000-6000,高中,店埠镇,2024/2/1",
    "肥东乙物流中心,,交通运输,刘主管,13800000012,分拣员,分拣,10,面议,,撮镇,2024/2/2",
    "肥东乙物流中心,,交通运输,刘主管,13800000012,分拣员,分拣,12,面议,,撮镇,2024/2/2",
    ",,,,,保洁,,1,,,,2024/2/3",
], encoding="gb18030")
