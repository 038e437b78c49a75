#pragma once
// The monthly report's sections as tables (internal to jb_report): one builder per section, in the report's
// language. Figures come from core::MonthlyReport as they are; totals and percentages are left as formulas for
// ReportTables to evaluate and the XLSX writer to write.

#include "core/i18n/Language.h"
#include "documents/ReportTables.h"

namespace jb::report::sections {

// Picks the words of the report's language.
class Words final
{
public:
    explicit Words(ReportLanguage language) : m_zh(language == ReportLanguage::Chinese) {}
    QString operator()(const char* zh, const char* en) const { return QString::fromUtf8(m_zh ? zh : en); }
    QString pick(const QString& zh, const QString& en) const { return m_zh ? zh : en; }
    // A name or unit from core in the report's language, whatever language the program shows.
    QString pick(const core::Message& name) const { return core::textIn(name, m_zh ? core::kChinese : core::kEnglish); }
    bool chinese() const { return m_zh; }

private:
    bool m_zh;
};

ReportSection summary(const core::MonthlyReport& r, const Words& w);
ReportSection subUnits(const core::MonthlyReport& r, const Words& w);
ReportSection keyGroups(const core::MonthlyReport& r, const Words& w);
ReportSection fairs(const core::MonthlyReport& r, const Words& w);
ReportSection referrals(const core::MonthlyReport& r, const Words& w);
ReportSection promise(const core::MonthlyReport& r, const Words& w);
ReportSection services(const core::MonthlyReport& r, const Words& w);
ReportSection insurance(const core::MonthlyReport& r, const Words& w);
ReportSection corrections(const core::MonthlyReport& r, const Words& w);

} // namespace jb::report::sections
