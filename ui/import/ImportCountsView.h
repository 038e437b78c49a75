#pragma once
// ImportCountsView: the counts of a dry run or of a finished import as a row of tiles (rows read, added, updated,
// unchanged, not imported, warnings, empty rows skipped). A dry run's captions say "would be".

#include "core/import/ImportTypes.h"

#include <QHash>
#include <QWidget>

class QLabel;

namespace jb::ui {

class ImportCountsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ImportCountsView(QWidget* parent = nullptr);

    void setSummary(const core::ImportSummary& summary);
    void clear();

private:
    void addTile(const QString& key, int index);

    QHash<QString, QLabel*> m_numbers; // by key: "rowsRead", "inserted", ...
    QHash<QString, QLabel*> m_captions;
};

} // namespace jb::ui
