#include "ui/services/ServiceDetailPanel.h"

#include "core/domain/NameLanguage.h"
#include "core/services/ServiceList.h"
#include "core/storage/Database.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace jb::ui {

ServiceDetailPanel::ServiceDetailPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("serviceDetail"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("serviceDetailHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_empty = new QLabel(tr("Choose a service in the list to see all its fields."), this);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #666;"));
    layout->addWidget(m_empty);

    auto* buttons = new QHBoxLayout;
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editService"));
    m_remove = new QPushButton(tr("&Delete"), this);
    m_remove->setObjectName(QStringLiteral("removeService"));
    m_remove->setToolTip(tr("Deletes the service (Edit ▸ Undo brings it back)"));
    m_person = new QPushButton(tr("Open the &person"), this);
    m_person->setObjectName(QStringLiteral("openServicePerson"));
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_id); });
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(m_id); });
    connect(m_person, &QPushButton::clicked, this, [this] { emit personOpenRequested(m_workerId); });
    for (QPushButton* button : {m_edit, m_remove, m_person})
        buttons->addWidget(button);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("serviceDetailFields"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_body = new QWidget(scroll);
    m_form = new QFormLayout(m_body);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    scroll->setWidget(m_body);
    layout->addWidget(scroll, 1);
    showService(0);
}

void ServiceDetailPanel::clearLines()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

void ServiceDetailPanel::showService(qint64 serviceId)
{
    m_id = serviceId;
    m_workerId = 0;
    clearLines();
    const auto detail = serviceId && m_database
                            ? core::loadServiceDetail(m_database->connection(), serviceId,
                                                      core::shownNameLanguage() == core::NameLanguage::Chinese)
                            : core::Expected<core::ServiceDetail>::failure(core::Message::verbatim(QString()));
    if (!detail) {
        if (serviceId && m_database)
            emit failed(detail.error());
        m_id = 0;
        m_heading->setText(tr("Service"));
        m_empty->show();
        for (QPushButton* button : {m_edit, m_remove, m_person})
            button->setEnabled(false);
        return;
    }
    m_workerId = detail->workerId;
    m_heading->setText(tr("%1 · %2").arg(detail->kindName, detail->person));
    m_empty->hide();
    auto addLine = [this](const QString& objectName, const QString& label, const QString& value) {
        auto* shown = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, m_body);
        shown->setObjectName(objectName);
        shown->setWordWrap(true);
        shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(label, shown);
    };
    addLine(QStringLiteral("serviceDetail_person"), tr("Person"),
            QStringLiteral("%1  %2").arg(detail->person, detail->residentIdMasked));
    for (const core::ServiceDetailLine& line : detail->lines)
        addLine(QStringLiteral("serviceDetail_") + line.field, line.label.text(), line.value);
    m_edit->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly);
    m_person->setEnabled(true);
}

void ServiceDetailPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_edit->setEnabled(m_id && !readOnly);
    m_remove->setEnabled(m_id && !readOnly);
}

QString ServiceDetailPanel::valueOf(const QString& field) const
{
    const auto* label = m_body->findChild<QLabel*>(QStringLiteral("serviceDetail_") + field);
    return label ? label->text() : QString();
}

} // namespace jb::ui
