#include "ui/lists/ListExportButton.h"

#include "ui/audit/ReasonDialog.h"
#include "ui/lists/ListExportControls.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLocale>
#include <QMenu>
#include <QPushButton>

namespace jb::ui {

ListExportButton::ListExportButton(const QString& name, const Texts& texts, bool namesPeople, Writer writer,
                                   QWidget* parent)
    : QWidget(parent), m_texts(texts), m_writer(std::move(writer))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (namesPeople) {
        m_unmasked = ListExportControls::makeUnmaskedCheck(
            tr("Export f&ull ID numbers (recorded in the audit log)"), tr("Export unmasked?"),
            tr("The exported file will contain full ID numbers. The export is recorded in the audit log with the "
               "file name and the number of rows. Continue?"),
            this);
        m_unmasked->setObjectName(QStringLiteral("exportUnmasked"));
        layout->addWidget(m_unmasked);
    }
    m_button = new QPushButton(texts.button.isEmpty() ? tr("E&xport") : texts.button, this);
    m_button->setObjectName(QStringLiteral("export") + name);
    m_button->setToolTip(tr("Write the list as filtered and sorted to a CSV or Excel file"));
    auto* menu = new QMenu(m_button);
    QAction* csv = menu->addAction(tr("&CSV…"));
    csv->setObjectName(QStringLiteral("export%1Csv").arg(name));
    QAction* xlsx = menu->addAction(tr("&Excel…"));
    xlsx->setObjectName(QStringLiteral("export%1Xlsx").arg(name));
    connect(csv, &QAction::triggered, this, [this] { exportInteractive(true); });
    connect(xlsx, &QAction::triggered, this, [this] { exportInteractive(false); });
    m_button->setMenu(menu);
    m_button->setEnabled(false);
    layout->addWidget(m_button);
}

void ListExportButton::setDatabase(core::Database* database)
{
    m_database = database;
    if (!database)
        m_button->setEnabled(false);
}

void ListExportButton::setRows(qint64 rows)
{
    m_button->setEnabled(m_database && rows > 0);
}

void ListExportButton::setReadOnly(bool readOnly)
{
    if (!m_unmasked)
        return;
    if (readOnly)
        m_unmasked->setChecked(false);
    m_unmasked->setEnabled(!readOnly);
}

QString ListExportButton::exportTo(const QString& path, bool unmasked, const QString& reason)
{
    if (!m_database)
        return tr("No list to export.");
    const core::Expected<qint64> rows = m_writer(path, unmasked, reason);
    if (!rows)
        return rows.error();
    emit statusMessage(tr("%1 rows written to %2").arg(QLocale().toString(*rows), QFileInfo(path).fileName()));
    return {};
}

void ListExportButton::exportInteractive(bool csv)
{
    const bool unmasked = m_unmasked && m_unmasked->isChecked();
    QString reason;
    if (unmasked && (!m_database || !ReasonDialog::askIfRequired(*m_database, tr("full ID numbers in an exported list"),
                                                                 this, reason)))
        return;
    const QString path = ListExportControls::askPath(this, m_texts.caption, m_texts.baseName, csv);
    if (path.isEmpty())
        return;
    if (const QString error = exportTo(path, unmasked, reason); !error.isEmpty())
        emit errorOccurred(error);
}

} // namespace jb::ui
