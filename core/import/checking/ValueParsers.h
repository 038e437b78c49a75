#pragma once
// Readers for the free-text values of the two lists as officers and enterprises write them: wages ("3000-5000元/月",
// "5k-8k", "面议"), headcounts ("20人", "若干"), age ranges ("18-45岁", "45岁以下"), yes/no marks ("是", "√"),
// genders, return destinations (省内/省外), vacancy statuses, multi-valued cells, and fast paths for the commonest
// dates and mobiles. Hand-written scanners, no regular expressions: they run once per cell on files of up to a
// million rows.
//
// Every parser normalises its input itself (full-width → half-width, trimming). A blank cell is "recognised" with
// nothing in it; the caller decides whether that is a problem.

#include "core/validation/ResidentId.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace jb::core {

// normalizeCell(), but returns the input itself (no allocation) when it is already clean, which is almost always.
QString cleanCell(const QString& raw);

// Splits a multi-valued cell on 、，,/；; (full- or half-width); parts are trimmed, empty parts dropped.
QStringList splitMultiValue(const QString& text);

// "不限", "无要求", "学历不限", …: a requirement column saying there is no requirement (not an unreadable value).
bool isNoRequirement(const QString& text);

// Monthly wage in yuan. "面议" is recognised and negotiable; a yearly wage ("年薪10万") is divided by 12; a daily,
// weekly or hourly rate is recognised but gives no monthly figures (notMonthly): converting it would be a guess.
// "3000元以上" / "3000+" give only min, "5000以下" only max, "5000元" / "5000左右" min = max. A range written
// high-low is swapped. A monthly figure below 100 yuan ("5-8" without k) is not recognised.
struct WageRange
{
    bool recognised = false;
    bool negotiable = false;
    bool notMonthly = false;
    std::optional<int> min;
    std::optional<int> max;
};
WageRange parseWage(const QString& text);

// "20", "20人", "约20名", "20余人", "五人", "20-30人" (the lower figure: headcounts add up to quota figures, which
// must not be overstated). "若干", "不限", "多名" are recognised without a number. At most limits::kHeadcountMax.
struct HeadcountParse
{
    bool recognised = false;
    std::optional<int> count;
};
HeadcountParse parseHeadcount(const QString& text);

// "18-45岁", "18至45周岁", "45岁以下", "不超过45岁", "≤45", "18岁以上", "年满18周岁", "不限". Ages 16–80
// (core/records/RecordLimits.h, the editor's limits too); any other figure is not recognised.
struct AgeRange
{
    bool recognised = false;
    std::optional<int> min;
    std::optional<int> max;
};
AgeRange parseAgeRange(const QString& text);

// 是/否, √/×, Y/N, yes/no, 1/0, 有/无, 重点/非重点. nullopt for a blank or unrecognised cell.
std::optional<bool> parseYesNo(const QString& text);

// 男/女, 男性/女性, M/F, male/female, 1/2 (GB/T 2261.1). nullopt for a blank or unrecognised cell.
std::optional<ResidentIdInfo::Gender> parseGender(const QString& text);

// "in_province" for 省内, 本省, 县内, 本地, …; "out_of_province" for 省外, 外省, 出省, 跨省; empty otherwise (the
// caller may then look for a place name, see ReferenceLookup::inHomeProvince).
QString parseReturnDestination(const QString& text);

// "open" (招聘中, 在招, …), "filled" (已招满, 满员, …), "closed" (已关闭, 停招, 已结束, …); empty when unrecognised.
QString parseVacancyStatus(const QString& text);

// The commonest date forms of a clean cell (2024-02-23, 2024/2/23, 2024.2.23, 2024年2月23日, 20240223, serial
// 45345) read without regular expressions. nullopt means "not one of those, or not a valid date": ask
// parseExcelDate, which knows every form and writes the message. Never disagrees with parseExcelDate.
std::optional<QDate> parseDateFast(QStringView cell);

// An 11-digit mobile number with nothing to normalise (what checkPhone would return unchanged).
bool isPlainMobile(QStringView cell);

// "4500" or "4500-6500", read as parseWage reads them; nullopt for any other form (parseWage then scans it).
std::optional<WageRange> plainWage(QStringView text);

} // namespace jb::core
