#include "ui/import/ImportMappingPage.h"

#include "core/import/ImportJob.h"
#include "core/import/reading/FieldCatalog.h"
#include "core/import/reading/ImportProfileRepository.h"
#include "core/storage/Database.h"
#include "ui/Localisation.h"
#include "ui/import/ImportWizard.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jb::ui {

namespace {

const QColor kUnmappedBackground(0xff, 0xf1, 0xc9);
const QColor kIgnoredForeground(0x80, 0x80, 0x80);

QString fieldLabel(const core::ImportField& field)
{
    return Localisation::pick(field.labelZh, field.labelEn);
}

QString columnLetters(int column)
{
    // Excel's names: A … Z, AA … — what the officer sees above the column in the sheet.
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard& wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Match the columns to fields"));
    setSubTitle(tr("Each column of the file fills the field chosen for it. Columns set to \"(not imported)\" are "
                   "left out; required fields must each have a column."));

    auto* layout = new QVBoxLayout(this);
    auto* profileRow = new QHBoxLayout;
    m_profile = new QLabel(this);
    m_profile->setObjectName(QStringLiteral("appliedProfile"));
    m_profile->setStyleSheet(QStringLiteral("color: #1f4e79; font-weight: bold;"));
    profileRow->addWidget(m_profile, 1);
    auto* profilesLabel = new QLabel(tr("Apply a saved &profile:"), this);
    profileRow->addWidget(profilesLabel);
    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(QStringLiteral("profiles"));
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profiles->setMinimumWidth(160);
    profilesLabel->setBuddy(m_profiles);
    profileRow->addWidget(m_profiles);
    layout->addLayout(profileRow);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mappingSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Imports into"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(HeaderColumn, 230);
    header->resizeSection(SampleColumn, 250);
    header->resizeSection(FieldColumn, 250);
    header->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("missingRequired"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #b01e1e; font-weight: bold;"));
    m_missing->hide();
    layout->addWidget(m_missing);

    auto* bottom = new QHBoxLayout;
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("profileSaved"));
    m_saved->setWordWrap(true);
    bottom->addWidget(m_saved, 1);
    m_save = new QPushButton(tr("&Save as profile…"), this);
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_save->setToolTip(tr("Saves this matching under a name; it is applied by itself whenever a file with the same "
                          "header is imported again."));
    bottom->addWidget(m_save);
    layout->addLayout(bottom);

    connect(m_save, &QPushButton::clicked, this, &ImportMappingPage::askProfileName);
    connect(m_profiles, &QComboBox::activated, this, [this] {
        const QString name = m_profiles->currentData().toString();
        if (!name.isEmpty()) {
            if (const core::Status applied = applyProfile(name); !applied) {
                m_saved->setStyleSheet(QStringLiteral("color: #b01e1e;"));
                m_saved->setText(applied.error());
            }
        }
    });
}

void ImportMappingPage::initializePage()
{
    const core::ImportJob* job = m_wizard.job();
    m_mapping = job ? job->mapping() : core::ColumnMapping();
    m_saved->clear();
    showAppliedProfile(job ? job->matchedProfile() : QString());
    loadProfiles();
    fillTable();
}

void ImportMappingPage::showAppliedProfile(const QString& name)
{
    m_appliedProfile = name;
    m_changedByHand = false;
    updateProfileLabel();
}

void ImportMappingPage::updateProfileLabel()
{
    if (m_appliedProfile.isEmpty())
        m_profile->setText(m_changedByHand ? tr("Matched by the column headings, then changed by hand.")
                                           : tr("Matched by the column headings."));
    else
        m_profile->setText(m_changedByHand ? tr("Applied profile: %1 (then changed by hand)").arg(m_appliedProfile)
                                           : tr("Applied profile: %1").arg(m_appliedProfile));
}

void ImportMappingPage::loadProfiles()
{
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    m_profiles->addItem(tr("(choose)"), QString());
    const auto profiles = core::ImportProfileRepository(m_wizard.database().connection()).list(m_mapping.kind());
    if (profiles) {
        for (const core::ImportProfile& profile : *profiles)
            m_profiles->addItem(profile.name, profile.name);
    }
    m_profiles->setEnabled(m_profiles->count() > 1);
}

core::Status ImportMappingPage::applyProfile(const QString& name)
{
    const auto found = core::ImportProfileRepository(m_wizard.database().connection()).findByName(name);
    if (!found)
        return core::Status::failure(found.error());
    if (!found->has_value() || (*found)->kind != m_mapping.kind())
        return core::Status::failure(tr("There is no profile “%1” for this list.").arg(name));
    m_mapping = (*found)->apply(m_mapping.header());
    m_wizard.setMapping(m_mapping);
    showAppliedProfile(name);
    m_saved->clear();
    updateRows();
    return {};
}

bool ImportMappingPage::isComplete() const
{
    return m_wizard.job() != nullptr && m_mapping.missingRequiredFields().isEmpty();
}

QComboBox* ImportMappingPage::makeFieldCombo(int column)
{
    auto* combo = new QComboBox(m_table);
    combo->setObjectName(QStringLiteral("field_%1").arg(column));
    combo->setFocusPolicy(Qt::StrongFocus);
    combo->addItem(tr("(not imported)"), QString());
    for (const core::ImportField& field : core::importFields(m_mapping.kind()))
        combo->addItem(field.required ? tr("%1 (required)").arg(fieldLabel(field)) : fieldLabel(field), field.key);
    connect(combo, &QComboBox::currentIndexChanged, this,
            [this, combo, column] { assign(column, combo->currentData().toString()); });
    return combo;
}

void ImportMappingPage::fillTable()
{
    m_table->clearContents();
    m_combos.clear();
    const QStringList& header = m_mapping.header();
    m_table->setRowCount(static_cast<int>(header.size()));

    // A sample per column: the first non-empty cell among the first rows (the first row may leave it blank).
    QStringList samples(header.size());
    if (const core::ImportJob* job = m_wizard.job()) {
        if (const auto rows = job->preview(5)) {
            for (const core::CsvRecord& record : *rows)
                for (int column = 0; column < header.size() && column < record.fields.size(); ++column)
                    if (samples[column].isEmpty())
                        samples[column] = record.fields.at(column).trimmed();
        }
    }
    for (int column = 0; column < header.size(); ++column) {
        const QString text = header.at(column).isEmpty() ? tr("(no header)") : header.at(column);
        auto* headerItem = new QTableWidgetItem(QStringLiteral("%1  %2").arg(columnLetters(column), text));
        headerItem->setToolTip(header.at(column));
        m_table->setItem(column, HeaderColumn, headerItem);
        auto* sampleItem = new QTableWidgetItem(samples.at(column));
        sampleItem->setToolTip(samples.at(column));
        m_table->setItem(column, SampleColumn, sampleItem);
        m_table->setItem(column, NoteColumn, new QTableWidgetItem);
        QComboBox* combo = makeFieldCombo(column);
        m_table->setCellWidget(column, FieldColumn, combo);
        m_combos << combo;
    }
    updateRows();
}

void ImportMappingPage::assign(int column, const QString& fieldKey)
{
    if (column < 0 || column >= m_combos.size())
        return;
    if (m_mapping.fieldOf(column) == fieldKey)
        return;
    m_mapping.assign(column, fieldKey);
    m_wizard.setMapping(m_mapping);
    m_saved->clear();
    m_changedByHand = true;
    updateProfileLabel();
    updateRows();
}

void ImportMappingPage::updateRows()
{
    const QVector<int> unmapped = m_mapping.unmappedColumns();
    const QVector<int>& ignored = m_mapping.ignoredColumns();
    for (int column = 0; column < m_combos.size(); ++column) {
        QComboBox* combo = m_combos.at(column);
        {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(std::max(0, combo->findData(m_mapping.fieldOf(column))));
        }
        QString note;
        QBrush background;
        QBrush foreground;
        if (ignored.contains(column)) {
            note = tr("Row numbers: not imported");
            foreground = QBrush(kIgnoredForeground);
        } else if (unmapped.contains(column)) {
            note = tr("This column will not be imported");
            background = QBrush(kUnmappedBackground);
        } else if (m_mapping.fieldOf(column).isEmpty()) {
            note = tr("Empty column");
            foreground = QBrush(kIgnoredForeground);
        }
        for (int cell : {int(HeaderColumn), int(SampleColumn), int(NoteColumn)}) {
            QTableWidgetItem* item = m_table->item(column, cell);
            item->setBackground(background);
            item->setForeground(foreground);
        }
        m_table->item(column, NoteColumn)->setText(note);
    }

    qsizetype mapped = 0;
    for (int column = 0; column < m_combos.size(); ++column)
        mapped += m_mapping.fieldOf(column).isEmpty() ? 0 : 1;
    QStringList sentences = {tr("%1 of %2 columns are imported.").arg(mapped).arg(m_combos.size())};
    if (!unmapped.isEmpty())
        sentences << tr("%n column(s) with a heading will not be imported (highlighted).", nullptr,
                        static_cast<int>(unmapped.size()));
    if (!ignored.isEmpty())
        sentences << tr("Row-number columns are skipped.");
    // Chinese sentences end in "。" and follow each other without a space.
    m_summary->setText(sentences.join(Localisation::isChinese() ? QString() : QStringLiteral(" ")));

    QStringList missing;
    for (const QString& key : m_mapping.missingRequiredFields())
        if (const core::ImportField* field = core::findImportField(m_mapping.kind(), key))
            missing << fieldLabel(*field);
    m_missing->setText(tr("Required fields without a column: %1. Choose a column for each before going on.")
                           .arg(missing.join(tr(", "))));
    m_missing->setVisible(!missing.isEmpty());
    emit completeChanged();
}

void ImportMappingPage::askProfileName()
{
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("profileNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save as profile"));
    dialog->setLabelText(tr("Name of the profile (for example the town or the sender of the list):"));
    dialog->setTextValue(m_wizard.job() ? m_wizard.job()->matchedProfile() : QString());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& name) {
        if (const core::Status saved = saveProfile(name); !saved) {
            m_saved->setStyleSheet(QStringLiteral("color: #b01e1e;"));
            m_saved->setText(saved.error());
        }
    });
    dialog->open();
}

core::Status ImportMappingPage::saveProfile(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return core::Status::failure(tr("The profile needs a name."));
    core::ImportProfileRepository profiles(m_wizard.database().connection());
    if (const auto saved = profiles.save(trimmed, m_mapping); !saved)
        return core::Status::failure(saved.error());
    loadProfiles();
    showAppliedProfile(trimmed);
    m_saved->setStyleSheet(QStringLiteral("color: #1e6b1e;"));
    m_saved->setText(
        tr("Saved as profile “%1”. It is applied whenever a file with this header is imported.").arg(trimmed));
    return {};
}

} // namespace jb::ui
