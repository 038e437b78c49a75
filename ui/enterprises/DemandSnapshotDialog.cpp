#include "ui/enterprises/DemandSnapshotDialog.h"

#include "core/audit/AuditLog.h"
#include "core/domain/Clock.h"
#include "core/storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace jb::ui {

namespace {

QSpinBox* countBox(const QString& objectName, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(0, 1000000);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

DemandSnapshotDialog::DemandSnapshotDialog(core::Database& database, qint64 enterpriseId, qint64 recordId,
                                           QWidget* parent)
    : EnterpriseEntryDialog(database, QStringLiteral("demand_snapshots"), enterpriseId, recordId,
                            QStringLiteral("demandSnapshotDialog"), parent)
{
    setWindowTitle(recordId ? tr("Correct a visit") : tr("Record a visit"));
    m_date = new QDateEdit(core::Clock::today(), this);
    m_date->setObjectName(QStringLiteral("snapshotDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("snapshotKind"));
    m_kind->addItem(tr("Visit"), QStringLiteral("visit"));
    m_kind->addItem(tr("Phone call"), QStringLiteral("call"));
    m_kind->addItem(tr("Job fair"), QStringLiteral("fair"));
    m_kind->addItem(tr("Other"), QStringLiteral("other"));
    m_planned = countBox(QStringLiteral("snapshotPlanned"), this);
    m_hired = countBox(QStringLiteral("snapshotHired"), this);
    m_gap = countBox(QStringLiteral("snapshotGap"), this);
    m_officer = new QLineEdit(core::currentOfficer(database.connection()), this);
    m_officer->setObjectName(QStringLiteral("snapshotOfficer"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("snapshotNote"));
    m_note->setMaximumHeight(70);
    m_form->addRow(tr("Date"), m_date);
    m_form->addRow(tr("Contact"), m_kind);
    m_form->addRow(tr("Hiring plan (people)"), m_planned);
    m_form->addRow(tr("Hired so far"), m_hired);
    m_form->addRow(tr("Gap (still wanted)"), m_gap);
    m_form->addRow(tr("Officer"), m_officer);
    m_form->addRow(tr("Note"), m_note);
    finishLayout(QStringLiteral("snapshotProblems"));

    if (loadEntry()) {
        for (const core::FieldValue& f : m_loaded) {
            if (f.field == QLatin1String("recorded_on"))
                m_date->setDate(QDate::fromString(f.before.toString(), Qt::ISODate));
            else if (f.field == QLatin1String("contact_kind"))
                m_kind->setCurrentIndex(std::max(0, m_kind->findData(f.before.toString())));
            else if (f.field == QLatin1String("planned"))
                m_planned->setValue(f.before.toInt());
            else if (f.field == QLatin1String("hired"))
                m_hired->setValue(f.before.toInt());
            else if (f.field == QLatin1String("gap"))
                m_gap->setValue(f.before.toInt());
            else if (f.field == QLatin1String("officer"))
                m_officer->setText(f.before.toString());
            else if (f.field == QLatin1String("note"))
                m_note->setPlainText(f.before.toString());
        }
        m_gapTyped = m_gap->value() != std::max(0, m_planned->value() - m_hired->value());
    }

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

QVariantMap DemandSnapshotDialog::values() const
{
    return {{QStringLiteral("enterprise_id"), m_enterpriseId},
            {QStringLiteral("recorded_on"), m_date->date().toString(Qt::ISODate)},
            {QStringLiteral("contact_kind"), m_kind->currentData().toString()},
            {QStringLiteral("planned"), m_planned->value()},
            {QStringLiteral("hired"), m_hired->value()},
            {QStringLiteral("gap"), m_gap->value()},
            {QStringLiteral("officer"), m_officer->text().trimmed()},
            {QStringLiteral("note"), m_note->toPlainText().trimmed()}};
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
