#include "ui/targets/AddPhaseDialog.h"

#include "core/storage/Database.h"
#include "core/targets/PeriodRepository.h"
#include "ui/DialogButtons.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jb::ui {

namespace {

QDateEdit* dateEdit(const QDate& date, const QString& objectName, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

AddPhaseDialog::AddPhaseDialog(core::Database& database, int year, QWidget* parent)
    : QDialog(parent), m_database(database)
{
    setObjectName(QStringLiteral("addPhaseDialog"));
    setWindowTitle(tr("New phase"));

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A phase is a stretch of the year with its own targets, such as the concentrated "
                                "action from the plan's issue to early April."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("phaseName"));
    m_name->setPlaceholderText(QStringLiteral("%1-concentrated").arg(year));
    form->addRow(tr("Short name (used on the command line):"), m_name);
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("phaseLabel"));
    m_label->setPlaceholderText(tr("%1 concentrated-action phase").arg(year));
    form->addRow(tr("Name shown in lists and reports:"), m_label);
    m_start = dateEdit(QDate(year, 1, 15), QStringLiteral("phaseStart"), this);
    form->addRow(tr("First day:"), m_start);
    m_end = dateEdit(QDate(year, 4, 10), QStringLiteral("phaseEnd"), this);
    form->addRow(tr("Last day:"), m_end);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("phaseMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    DialogButtons::giveMnemonics(buttons);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addPhaseOk"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add &phase"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (add())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool AddPhaseDialog::add()
{
    const auto added =
        core::PeriodRepository(m_database.connection())
            .add(core::PeriodKind::Phase, m_name->text(), m_label->text(), m_start->date(), m_end->date());
    if (!added) {
        m_message->setText(added.error());
        m_message->show();
        return false;
    }
    emit phaseAdded(added->id);
    return true;
}

} // namespace jb::ui
