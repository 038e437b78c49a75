#pragma once
// The monthly report's sections as tables (internal to jb_documents): one builder per section, in the installed
// language (context "Documents" of resources/i18n/jobbridge_core_zh_CN.ts). Figures come from core::MonthlyReport
// as they are; totals and percentages are left as formulas for ReportTables to evaluate and the XLSX writer to
// write.

#include "core/i18n/Language.h"
#include "documents/ReportTables.h"

namespace jb::report::sections {

// True when the report is being made in Chinese: core's translation for Chinese is installed, which also makes
// Chinese the default QLocale (core/i18n/Language.h). Names from reference data follow it.
bool inChinese();
// A name from reference data or the metric catalogue in the report's language (Chinese when there is no English).
QString localName(const QString& zh, const QString& en);

ReportSection summary(const core::MonthlyReport& r);
ReportSection subUnits(const core::MonthlyReport& r);
ReportSection keyGroups(const core::MonthlyReport& r);
ReportSection fairs(const core::MonthlyReport& r);
ReportSection referrals(const core::MonthlyReport& r);
ReportSection promise(const core::MonthlyReport& r);
ReportSection services(const core::MonthlyReport& r);
ReportSection insurance(const core::MonthlyReport& r);
ReportSection projects(const core::MonthlyReport& r);
ReportSection corrections(const core::MonthlyReport& r);

} // namespace jb::report::sections
