#include "ui/fairs/FairEditDialog.h"

#include "core/domain/Clock.h"
#include "core/editing/RecordValidation.h"
#include "core/fairs/FairRecord.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/records/RecordFields.h"
#include "core/reference/ReferenceRepository.h"
#include "core/storage/Database.h"
#include "ui/editing/RecordForm.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace jb::ui {

namespace f = core::fields::fair;

struct FairEditDialog::Fields
{
    core::Database* database = nullptr;
    qint64 fairId = 0;
    QHash<qint64, QString> kindCodes; // fair_kind reference id → code
    RecordForm* form = nullptr;
};

FairEditDialog::FairEditDialog(core::Database& database, qint64 fairId, QWidget* parent)
    : QDialog(parent), m(std::make_unique<Fields>())
{
    setObjectName(QStringLiteral("fairEditDialog"));
    m->database = &database;
    m->fairId = fairId;
    setWindowTitle(fairId ? tr("Edit job fair") : tr("New job fair"));
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m->form = new RecordForm(
        database, core::RecordKind::JobFair, buttons, fairId == 0, [this] { validate(); }, this);
    QString error;
    const QVariantMap values = load(&error);
    if (!error.isEmpty())
        layout->addWidget(new QLabel(error, this));
    build(values);
    auto* legend = new QLabel(tr("Fields marked * are required. The reported figures are kept as the organiser "
                                 "reports them; the list counts enterprises, posts and people from the fair's tabs."),
                              this);
    legend->setStyleSheet(QStringLiteral("color: #555;"));
    legend->setWordWrap(true);
    layout->addWidget(legend);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(900, sizeHint().height());
}

FairEditDialog::~FairEditDialog() = default;

qint64 FairEditDialog::fairId() const
{
    return m->fairId;
}

RecordForm* FairEditDialog::form() const
{
    return m->form;
}

// The fair's fields as the editors take them (field id → value), the kind as its reference id.
QVariantMap FairEditDialog::load(QString* error)
{
    const auto db = m->database->connection();
    if (const auto kinds = core::ReferenceRepository(db).items(QStringLiteral("fair_kind"), true)) {
        for (const core::ReferenceItem& item : *kinds)
            m->kindCodes.insert(item.id, item.code);
    }
    core::FairDetails d;
    if (m->fairId) {
        const core::Expected<core::Fair> fair = core::loadFair(db, m->fairId);
        if (!fair) {
            *error = fair.error();
            return {};
        }
        d = fair->details;
    } else {
        d.firstDay = core::Clock::today();
        if (const auto home = core::OrganisationRepository(db).home())
            d.organiserId = home->id;
    }
    QVariantList groups;
    for (qint64 id : d.keyGroupIds)
        groups << id;
    auto figure = [this](qint64 n) { return m->fairId ? QVariant(QString::number(n)) : QVariant(); };
    return {{f::name, d.name},
            {f::firstDay, d.firstDay.toString(Qt::ISODate)},
            {f::lastDay, d.lastDay.isValid() ? d.lastDay.toString(Qt::ISODate) : QString()},
            {f::organiser, d.organiserId ? QVariant(d.organiserId) : QVariant()},
            {f::coOrganisers, d.coOrganisers},
            {f::form, core::fairFormKey(d.form)},
            {f::kind, d.kindCode.isEmpty() ? QVariant() : QVariant(m->kindCodes.key(d.kindCode))},
            {f::venue, d.venue},
            {f::keyGroups, groups},
            {f::visits, figure(d.visits)},
            {f::materials, figure(d.materials)},
            {f::reportedIntentions, figure(d.reportedIntentions)},
            {f::reportedContracts, figure(d.reportedContracts)},
            {f::reportedHeadcount, figure(d.reportedHeadcount)},
            {f::note, d.note}};
}

void FairEditDialog::build(const QVariantMap& values)
{
    auto* columns = new QHBoxLayout;
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    for (QFormLayout* form : {left, right})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Each column keeps its rows at the top (the taller one does not spread the other's).
    for (QFormLayout* form : {left, right}) {
        auto* column = new QVBoxLayout;
        column->addLayout(form);
        column->addStretch(1);
        if (form == right)
            columns->addSpacing(16);
        columns->addLayout(column, 1);
    }
    m->form->addFields(left, values,
                       {{f::name, "fairNameEdit"},
                        {f::firstDay, "firstDayEdit"},
                        {f::lastDay, "lastDayEdit"},
                        {f::organiser, "organiserCombo"},
                        {f::coOrganisers, "coOrganisersEdit"},
                        {f::form, "formCombo"},
                        {f::kind, "kindCombo"},
                        {f::venue, "venueEdit"},
                        {f::note, "noteEdit"}});
    m->form->addFields(right, values,
                       {{f::visits, "visitsEdit"},
                        {f::materials, "materialsEdit"},
                        {f::reportedHeadcount, "reportedHeadcountEdit"},
                        {f::reportedIntentions, "reportedIntentionsEdit"},
                        {f::reportedContracts, "reportedContractsEdit"}});
    right->addRow(
        m->form->addFieldBox(this, f::keyGroups, values.value(f::keyGroups), QStringLiteral("keyGroupsList")));
    static_cast<QBoxLayout*>(layout())->addLayout(columns);
}

// The editors' values as core's details; what cannot be read as a day or a number is a problem of its own.
core::FairDetails FairEditDialog::parse(QVector<core::FairIssue>* problems) const
{
    const QVariantMap v = m->form->values();
    core::FairDetails d;
    d.name = v.value(f::name).toString();
    auto day = [&](const QString& field) {
        const QString text = v.value(field).toString();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !date.isValid())
            problems->append({field, core::Message::verbatim(tr("Enter a day as YYYY-MM-DD"))});
        return date;
    };
    d.firstDay = day(f::firstDay);
    d.lastDay = day(f::lastDay);
    d.organiserId = v.value(f::organiser).toLongLong();
    d.coOrganisers = v.value(f::coOrganisers).toString();
    d.form = core::fairFormFromKey(v.value(f::form).toString()).value_or(core::FairForm::Offline);
    d.kindCode = m->kindCodes.value(v.value(f::kind).toLongLong());
    d.venue = v.value(f::venue).toString();
    for (const QVariant& id : v.value(f::keyGroups).toList())
        d.keyGroupIds << id.toLongLong();
    auto number = [&](const QString& field) -> qint64 {
        const QString text = v.value(field).toString();
        bool ok = true;
        const qint64 n = text.isEmpty() ? 0 : text.toLongLong(&ok);
        if (!ok)
            problems->append({field, core::Message::verbatim(tr("Enter a whole number"))});
        return ok ? n : 0;
    };
    d.visits = number(f::visits);
    d.materials = number(f::materials);
    d.reportedIntentions = number(f::reportedIntentions);
    d.reportedContracts = number(f::reportedContracts);
    d.reportedHeadcount = number(f::reportedHeadcount);
    d.note = v.value(f::note).toString();
    return d;
}

core::FairDetails FairEditDialog::details() const
{
    QVector<core::FairIssue> ignored;
    return parse(&ignored);
}

QVector<core::FairIssue> FairEditDialog::issues() const
{
    QVector<core::FairIssue> problems;
    const core::FairDetails d = parse(&problems);
    problems += core::checkFair(m->database->connection(), d);
    return problems;
}

void FairEditDialog::validate()
{
    core::ValidationReport report;
    for (const core::FairIssue& issue : issues())
        report.issues.append({issue.field, issue.message, false});
    m->form->showReport(report);
}

} // namespace jb::ui
