#pragma once
// ServiceFilterBar: the choices above the 服务 page's list and totals — the period (one of the file's periods, as
// the dashboard offers them, or any days typed in the two day boxes; the lowest day means open), the kind, the
// sub-unit, the key group and who delivered it — read back as a core::ServiceFilter. A period chosen fills the
// days (its end no later than today, as the dashboard and `jobbridge-cli services --period` count it).

#include "core/domain/Period.h"
#include "core/services/ServiceQueries.h"
#include "ui/lists/ListFilterBar.h"

#include <QVector>
#include <optional>

class QDateEdit;

namespace jb::ui {

class ServiceFilterBar final : public ListFilterBar
{
    Q_OBJECT

public:
    explicit ServiceFilterBar(QWidget* parent = nullptr);

    // Fills the drop-downs from `database` (the choices reset to "all"); returns an error message or "".
    QString load(const core::Database& database);
    // The providers again (after a change added one), keeping the choice.
    void reloadProviders(const core::Database& database);
    void clear();
    core::ServiceFilter filter() const;
    // The file's period chosen, while its days are unchanged; none otherwise.
    std::optional<core::Period> period() const;
    // Chooses the period named `name` ("2026"); false when the file has none of that name.
    bool choosePeriod(const QString& name);
    // Neither a sub-unit, a key group nor a provider chosen: the home organisation's figures, as the CLI gives them.
    bool wholeOrganisation() const;

    QComboBox* periodCombo() const { return m_period; }
    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* unitCombo() const { return m_unit; }
    QComboBox* keyGroupCombo() const { return m_keyGroup; }
    QComboBox* providerCombo() const { return m_provider; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

private:
    QDateEdit* makeDay(const QString& objectName);
    void periodChosen();
    void daysEdited();

    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_keyGroup = nullptr;
    QComboBox* m_provider = nullptr;
    QVector<core::Period> m_periods;
};

} // namespace jb::ui
