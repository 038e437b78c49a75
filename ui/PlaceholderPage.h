#pragma once
// PlaceholderPage: stands in for a page that is not built yet. It says so plainly, says what the page will do,
// and shows how many records of that kind the open file really holds (from StatsRepository), nothing invented.

#include "core/records/RecordKind.h"
#include "ui/Page.h"

#include <QVector>

class QLabel;

namespace jb::ui {

class PlaceholderPage final : public Page
{
    Q_OBJECT

public:
    // A record count shown on the page: how many records of `record` the file holds, `text` with %1 for the count.
    struct CountLine
    {
        core::RecordKind record;
        QString text;
    };

    PlaceholderPage(const QString& objectName, QString title, const QString& purpose, QVector<CountLine> counts,
                    QWidget* parent = nullptr);

    // The placeholder for one of the main window's unbuilt pages, by the page's object name (its id: "fairs",
    // "referrals", "services"; also "enterprises", "workers", "targets", "reports"); nullptr for any other.
    static PlaceholderPage* create(const QString& objectName, QWidget* parent = nullptr);

    QString title() const override { return m_title; }
    void showFile(core::Database& database, const core::DatabaseStats& stats) override;
    void clearFile() override;

private:
    QString m_title;
    QVector<CountLine> m_counts;
    QLabel* m_countLabel = nullptr;
};

} // namespace jb::ui
