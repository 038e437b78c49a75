#pragma once
// TargetSplitDialog: splits one of an organisation's targets down to its direct sub-units. It shows core's
// proportional suggestion (the basis counted per sub-unit, its share and the suggested whole number), lets the
// officer change any value while a running total is compared with the organisation's own target, and writes all
// sub-units' values in one transaction on Apply.

#include "core/targets/TargetRepository.h"
#include "core/targets/TargetSplit.h"

#include <QDialog>
#include <QHash>
#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace jb::core {
class Database;
}

namespace jb::ui {

class TargetSplitDialog final : public QDialog
{
    Q_OBJECT

public:
    // `suggestion` comes from core::suggestSplit for `metric` of `parent`; `current` holds the sub-units' targets
    // already set (by organisation id), shown beside the suggestion so nothing is overwritten unseen.
    TargetSplitDialog(core::Database& database, qint64 periodId, const core::Organisation& parent,
                      const QString& metric, core::SplitSuggestion suggestion, const QHash<qint64, double>& current,
                      QWidget* parentWidget = nullptr);
    // How the split is written (the page passes its table's write, which puts it on the undo stack); without one
    // the dialog writes through core itself.
    using Writer = std::function<core::Expected<int>(const QVector<core::TargetEdit>&)>;
    void setWriter(Writer writer) { m_writer = std::move(writer); }

    // Column of the editable values in the table (for tests and the running total).
    static constexpr int kValueColumn = 4;

    // Writes the values in the table; false (with the reason shown in the dialog) if one is bad or the file
    // refuses them.
    bool apply();

signals:
    // The sub-units' targets were written (`count` values changed).
    void applied(int count);

private:
    QString basisText() const;
    void fillTable(const QHash<qint64, double>& current);
    void resetToSuggestion();
    void updateTotal();

    core::Database& m_database;
    Writer m_writer;
    qint64 m_periodId = 0;
    QString m_metric;
    core::SplitSuggestion m_suggestion;
    QTableWidget* m_table = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace jb::ui
