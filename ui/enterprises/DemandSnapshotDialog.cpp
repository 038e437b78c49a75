#include "ui/enterprises/DemandSnapshotDialog.h"

#include "core/audit/AuditLog.h"
#include "core/domain/Clock.h"
#include "core/records/RecordFields.h"
#include "core/storage/Database.h"
#include "ui/editing/FieldEditors.h"

#include <QDateEdit>
#include <QSpinBox>
#include <algorithm>

namespace jb::ui {

namespace s = core::fields::snapshot;

DemandSnapshotDialog::DemandSnapshotDialog(core::Database& database, qint64 enterpriseId, qint64 recordId,
                                           QWidget* parent)
    : EnterpriseEntryDialog(database, core::RecordKind::DemandSnapshot, enterpriseId, recordId,
                            QStringLiteral("demandSnapshotDialog"), parent)
{
    setWindowTitle(recordId ? tr("Correct a visit") : tr("Record a visit"));
    m_date = qobject_cast<QDateEdit*>(addField(s::recordedOn, QStringLiteral("snapshotDate")));
    addField(s::contactKind, QStringLiteral("snapshotKind"));
    m_planned = qobject_cast<QSpinBox*>(addField(s::planned, QStringLiteral("snapshotPlanned")));
    m_hired = qobject_cast<QSpinBox*>(addField(s::hired, QStringLiteral("snapshotHired")));
    m_gap = qobject_cast<QSpinBox*>(addField(s::gap, QStringLiteral("snapshotGap")));
    FieldEditors::setValue(addField(s::officer, QStringLiteral("snapshotOfficer")), core::currentOfficer());
    addField(s::note, QStringLiteral("snapshotNote"));
    finishLayout(QStringLiteral("snapshotProblems"));
    if (loadEntry())
        m_gapTyped = m_gap->value() != std::max(0, m_planned->value() - m_hired->value());

    auto followGap = [this] {
        if (!m_gapTyped) {
            const QSignalBlocker block(m_gap);
            m_gap->setValue(std::max(0, m_planned->value() - m_hired->value()));
        }
        validate();
    };
    connect(m_planned, &QSpinBox::valueChanged, this, followGap);
    connect(m_hired, &QSpinBox::valueChanged, this, followGap);
    connect(m_gap, &QSpinBox::valueChanged, this, [this] {
        m_gapTyped = true;
        validate();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &DemandSnapshotDialog::validate);
    validate();
}

void DemandSnapshotDialog::validate()
{
    QStringList more;
    if (m_hired->value() > m_planned->value())
        more << tr("Hired is more than the plan: check both numbers.");
    showCheck(more);
}

core::RecordChange DemandSnapshotDialog::change() const
{
    return changeOf(false);
}

} // namespace jb::ui
