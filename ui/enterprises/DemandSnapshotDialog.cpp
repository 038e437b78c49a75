#include "ui/enterprises/DemandSnapshotDialog.h"

#include "core/editing/RecordValidation.h"
#include "core/repo/AuditLog.h"
#include "core/storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

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
    : QDialog(parent), m_database(database), m_enterpriseId(enterpriseId), m_recordId(recordId)
{
    setObjectName(QStringLiteral("demandSnapshotDialog"));
    setWindowTitle(recordId ? tr("Correct a visit") : tr("Record a visit"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_date = new QDateEdit(QDate::currentDate(), this);
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
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Contact"), m_kind);
    form->addRow(tr("Hiring plan (people)"), m_planned);
    form->addRow(tr("Hired so far"), m_hired);
    form->addRow(tr("Gap (still wanted)"), m_gap);
    form->addRow(tr("Officer"), m_officer);
    form->addRow(tr("Note"), m_note);
    layout->addLayout(form);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("snapshotProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b03020"));
    layout->addWidget(m_problems);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    if (recordId) {
        const auto loaded = core::loadRecordFields(database.connection(), QStringLiteral("demand_snapshots"), recordId);
        if (loaded) {
            m_loaded = *loaded;
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
        } else {
            m_problems->setText(loaded.error());
        }
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
    const core::ValidationReport report = core::validateRecord(m_database.connection(),
                                                               QStringLiteral("demand_snapshots"), m_recordId, values());
    QStringList lines;
    for (const core::FieldIssue& issue : report.issues)
        lines << issue.message;
    if (m_hired->value() > m_planned->value())
        lines << tr("Hired is more than the plan: check both numbers.");
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!report.hasErrors());
}

core::RecordChange DemandSnapshotDialog::change() const
{
    core::RecordChange change;
    change.table = QStringLiteral("demand_snapshots");
    const QVariantMap now = values();
    if (!m_recordId) {
        change.kind = core::RecordChange::Kind::Insert;
        for (auto it = now.begin(); it != now.end(); ++it)
            change.fields.append({it.key(), QVariant(), it.value()});
        return change;
    }
    change.kind = core::RecordChange::Kind::Update;
    change.recordId = m_recordId;
    for (const core::FieldValue& f : m_loaded) {
        if (!now.contains(f.field))
            continue;
        const QVariant after = now.value(f.field);
        if (after.toString() != f.before.toString())
            change.fields.append({f.field, f.before, after});
    }
    return change;
}

} // namespace jb::ui
