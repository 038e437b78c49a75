#include "ui/settings/SettingsPage.h"

#include "core/domain/DatabaseStats.h"
#include "core/domain/Officer.h"
#include "core/settings/PlacementSettings.h"
#include "core/settings/SettingsRepository.h"
#include "core/storage/Database.h"
#include "core/validation/AreaCodes.h"
#include "ui/AppSettings.h"
#include "ui/Localisation.h"
#include "ui/audit/OfficerNameDialog.h"
#include "ui/settings/PlacementSettingsForm.h"
#include "ui/settings/SettingsCommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace jb::ui {

const QString SettingsPage::kPromiseDays = core::setting::promiseDays;
const QString SettingsPage::kStableMonths = core::setting::stableMonths;

namespace {

QLabel* selectableLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #555;"));
    return label;
}

} // namespace

SettingsPage::SettingsPage(AppSettings& appSettings, QWidget* parent) : Page(parent), m_appSettings(appSettings)
{
    setObjectName(QStringLiteral("settings"));

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(32, 24, 32, 24);
    column->setSpacing(16);
    column->addWidget(makeHeading(title(), content));
    column->addWidget(buildFileBox());
    m_rules = new PlacementSettingsForm(content);
    connect(m_rules, &PlacementSettingsForm::edited, this, &SettingsPage::updateApplyButton);
    column->addWidget(m_rules);
    column->addWidget(buildFileSettingsBox());
    column->addWidget(buildProgramBox());
    column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

QWidget* SettingsPage::buildFileBox()
{
    auto* box = new QGroupBox(tr("This file"));
    auto* form = new QFormLayout(box);
    m_path = selectableLabel(box, QStringLiteral("filePath"));
    m_schemaVersion = selectableLabel(box, QStringLiteral("schemaVersion"));
    m_home = selectableLabel(box, QStringLiteral("homeOrganisation"));
    form->addRow(tr("File:"), m_path);
    form->addRow(tr("Data version:"), m_schemaVersion);
    form->addRow(tr("Home organisation:"), m_home);
    return box;
}

QWidget* SettingsPage::buildFileSettingsBox()
{
    auto* box = new QGroupBox(tr("Personal data (stored in this file)"));
    auto* column = new QVBoxLayout(box);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    m_reasonRequired =
        new QCheckBox(tr("Ask for a &reason before ID numbers and phones are shown or exported in full"), box);
    m_reasonRequired->setObjectName(QStringLiteral("reasonRequired"));
    m_reasonRequired->setToolTip(tr("The reason is kept in the audit log with the officer's name"));
    form->addRow(tr("Personal data:"), m_reasonRequired);
    column->addLayout(form);

    column->addWidget(hint(tr("These settings travel with the file, so every computer that opens it counts the same "
                              "way. Each change is recorded in the file's change log."),
                           box));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_apply = new QPushButton(tr("&Apply"), box);
    m_apply->setObjectName(QStringLiteral("applyFileSettings"));
    m_apply->setEnabled(false);
    buttons->addWidget(m_apply);
    column->addLayout(buttons);

    connect(m_reasonRequired, &QCheckBox::toggled, this, &SettingsPage::updateApplyButton);
    connect(m_apply, &QPushButton::clicked, this, &SettingsPage::apply);
    return box;
}

QWidget* SettingsPage::buildProgramBox()
{
    auto* box = new QGroupBox(tr("Program"));
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("language"));
    // Language names are written in their own language so anyone can find theirs.
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("简体中文"), Localisation::kChinese);
    m_language->addItem(QStringLiteral("English"), Localisation::kEnglish);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_appSettings.language())));
    addOfficerName(form, box);
    form->addRow(tr("Interface language:"), m_language);
    form->addRow(hint(tr("The language changes the next time JobBridge starts."), box));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_appSettings.setLanguage(m_language->currentData().toString());
        m_appSettings.sync();
        emit statusMessage(tr("The language changes the next time JobBridge starts."));
    });
    return box;
}

// The officer's name is this user's (core/domain/Officer.h), in every file opened here; kept when typing ends.
void SettingsPage::addOfficerName(QFormLayout* form, QWidget* box)
{
    m_officerName = new QLineEdit(m_appSettings.officerName(), box);
    m_officerName->setObjectName(QStringLiteral("officerName"));
    m_officerName->setMaxLength(core::kOfficerNameMaxLength);
    m_officerName->setMinimumWidth(440); // the English placeholder, whole
    m_officerName->setPlaceholderText(
        tr("Your name, recorded with imports and changes (now: %1)").arg(core::systemUserName()));
    form->addRow(tr("Officer:"), m_officerName);
    form->addRow(hint(tr("Recorded in the audit log of every file you open on this computer; another officer's "
                         "computer records theirs."),
                      box));
    connect(m_officerName, &QLineEdit::editingFinished, this, &SettingsPage::storeOfficerName);
}

void SettingsPage::storeOfficerName()
{
    const QString name = m_officerName->text().trimmed();
    if (name == m_appSettings.officerName())
        return;
    OfficerNameDialog::store(m_appSettings, name);
    emit statusMessage(name.isEmpty()
                           ? tr("Changes are recorded under %1 (the login name).").arg(core::currentOfficer())
                           : tr("Changes are recorded under %1 from now on.").arg(name));
}

void SettingsPage::showEvent(QShowEvent* event)
{
    // The name may have been given meanwhile (the first-run question): the page shows the one in use.
    if (!m_officerName->hasFocus())
        m_officerName->setText(m_appSettings.officerName());
    Page::showEvent(event);
}

void SettingsPage::showFile(core::Database& database, const core::DatabaseStats& stats)
{
    m_database = &database;
    m_path->setText(QDir::toNativeSeparators(database.path()));
    m_schemaVersion->setText(QString::number(database.schemaVersion()));
    const QString fullName = core::AreaCodes::instance().fullName(stats.homeCode);
    m_home->setText(tr("%1 (division code %2)").arg(fullName.isEmpty() ? stats.homeName : fullName, stats.homeCode));
    loadFileSettings();
}

void SettingsPage::clearFile()
{
    m_database = nullptr;
    m_path->clear();
    m_schemaVersion->clear();
    m_home->clear();
    m_rules->clear();
    m_apply->setEnabled(false);
}

void SettingsPage::loadFileSettings()
{
    if (!m_database)
        return;
    const core::SettingsRepository settings(m_database->connection());
    m_storedReasonRequired = settings.intValue(core::setting::reasonRequiredForReveal, 0) != 0;
    m_rules->load(*m_database);
    m_reasonRequired->setChecked(m_storedReasonRequired);
    updateApplyButton();
}

void SettingsPage::updateApplyButton()
{
    m_rules->setEditable(m_database && !isReadOnly());
    m_apply->setEnabled(m_database && !isReadOnly() &&
                        (!m_rules->changes().empty() || m_reasonRequired->isChecked() != m_storedReasonRequired));
}

void SettingsPage::readOnlyChanged()
{
    updateApplyButton();
}

bool SettingsPage::apply()
{
    if (isReadOnly())
        return false;
    if (!m_database)
        return false;
    core::SettingsRepository settings(m_database->connection());
    std::vector<std::pair<QString, QString>> changes = m_rules->changes();
    // Core checks each rule; a refusal names the setting by its label.
    for (const auto& [key, value] : changes)
        if (!core::checkSetting(key, value)) {
            emit errorOccurred(
                tr("%1 must be %2 (not “%3”).").arg(m_rules->labelOf(key), core::settingRule(key).text(), value));
            return false;
        }
    if (m_reasonRequired->isChecked() != m_storedReasonRequired)
        changes.emplace_back(core::setting::reasonRequiredForReveal,
                             m_reasonRequired->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
    // What they were, for the undo: the values as the file has them (core's default where it has none), key by key.
    const auto shown = core::fileSettings(m_database->connection());
    SettingsCommand::Values before;
    for (const auto& change : changes) {
        QString was = settings.value(change.first);
        for (const auto& [key, value] : shown)
            if (key == change.first)
                was = value;
        before.emplace_back(change.first, was);
    }
    if (const core::Status s = settings.setValues(changes); !s) {
        emit errorOccurred(s.error());
        loadFileSettings();
        return false;
    }
    loadFileSettings();
    if (undoStack() && !changes.empty())
        undoStack()->push(new SettingsCommand(
            *m_database, std::move(before), changes, tr("Change the settings"), [this] { loadFileSettings(); },
            [this](const QString& message) { emit errorOccurred(message); }));
    emit statusMessage(tr("Settings saved in the file."));
    return true;
}

} // namespace jb::ui
