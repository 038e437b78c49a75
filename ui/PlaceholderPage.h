#pragma once
// PlaceholderPage: stands in for a page that is not built yet. It says so plainly, says what the page will do,
// and shows how many records of that kind the open file really holds (from StatsRepository), nothing invented.

#include "ui/Page.h"

#include <QVector>

class QLabel;

namespace jb::ui {

class PlaceholderPage final : public Page
{
    Q_OBJECT

public:
    // A record count shown on the page: `table` as named by StatsRepository, `text` with %1 for the count.
    struct CountLine
    {
        QString table;
        QString text;
    };

    PlaceholderPage(const QString& pageId, QString title, const QString& purpose, QVector<CountLine> counts,
                    QWidget* parent = nullptr);

    // The placeholder for one of the main window's unbuilt pages ("enterprises", "workers", "fairs",
    // "referrals", "services", "targets", "reports", "import"); nullptr for any other id.
    static PlaceholderPage* create(const QString& pageId, QWidget* parent = nullptr);

    QString title() const override { return m_title; }
    void showFile(core::Database& database, const core::DatabaseStats& stats) override;
    void clearFile() override;

private:
    QString m_title;
    QVector<CountLine> m_counts;
    QLabel* m_countLabel = nullptr;
};

} // namespace jb::ui
