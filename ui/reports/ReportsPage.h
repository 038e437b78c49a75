#pragma once
// ReportsPage: the monthly report of an organisation (home or a direct sub-unit) for a month, previewed page by
// page exactly as the PDF prints (ReportPainter), exported as PDF, Excel or CSV (jb_report), and submitted upward
// or unlocked (core's period lock). The page builds nothing itself: core gives the report and the months that may
// be chosen (core/reports/ReportMonths.h, on core::Clock's today), jb_report lays it out.

#include "core/reports/MonthlyReport.h"
#include "documents/ReportTables.h"
#include "ui/Page.h"

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace jb::ui {

class ReportsPage final : public Page
{
    Q_OBJECT

public:
    explicit ReportsPage(QWidget* parent = nullptr);

    QString title() const override;
    void showFile(core::Database& database, const core::DatabaseStats& stats) override;
    void clearFile() override;
    void readOnlyChanged() override;

    // Selects without asking; false when not listed.
    bool selectOrganisation(qint64 orgId);
    bool selectMonth(const QString& monthName);
    QString monthName() const;
    qint64 orgId() const;

    // The report on show; nullptr while none is.
    const core::MonthlyReport* report() const { return m_report ? &*m_report : nullptr; }
    const report::ReportDocument* document() const { return m_document ? &*m_document : nullptr; }
    int previewPages() const;

    // Writes the report to `path` (PDF, XLSX or CSV by its extension); false with the error shown.
    bool exportTo(const QString& path);
    // The file name offered when exporting: "肥东县-2026年3月-月报.pdf".
    QString defaultFileName(const QString& extension) const;
    // Submits or unlocks the month on show without asking (the buttons ask first); false with the error shown.
    bool submitShown();
    bool unlockShown(const QString& reason);

    // Builds the report again (after records, targets or the lock changed).
    void reload();

signals:
    // The month was submitted or unlocked.
    void lockChanged();

private:
    QWidget* buildControls();
    void loadSelectors();
    // Lists the months core offers for the organisation shown, marking the submitted ones; selects `keep` when it
    // is still listed, else core's suggestion.
    void loadMonths(const QString& keep);
    void showReport();
    void showPreview();
    void updateLockState();
    void showMessage(const QString& message, bool isError);
    void askExport(const QString& extension, const QString& filter);
    void askSubmit();
    void askUnlock();

    core::Database* m_database = nullptr;
    std::optional<core::MonthlyReport> m_report;
    std::optional<report::ReportDocument> m_document;

    QComboBox* m_org = nullptr;
    QComboBox* m_month = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_unlock = nullptr;
    QList<QPushButton*> m_exports;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_pages = nullptr;
    QVBoxLayout* m_pagesLayout = nullptr;
};

} // namespace jb::ui
