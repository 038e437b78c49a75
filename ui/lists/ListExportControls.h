#pragma once
// ListExportControls: what the Workers and Enterprises pages export their filtered lists with: the "Unmasked"
// box, which asks the officer to confirm before full numbers go into a file (core writes the export to the audit
// log), and the save dialog for CSV or Excel.

#include <QCoreApplication>
#include <QString>

class QCheckBox;
class QWidget;

namespace jb::ui {

class ListExportControls final
{
    Q_DECLARE_TR_FUNCTIONS(ListExportControls)

public:
    // The "Unmasked" box on `page`; ticking it asks `question` (titled `title`) and unticks it unless the officer
    // says yes.
    static QCheckBox* makeUnmaskedCheck(const QString& toolTip, const QString& title, const QString& question,
                                        QWidget* page);
    // Asks where to write `baseName`.csv (or .xlsx); empty when the officer cancels.
    static QString askPath(QWidget* parent, const QString& caption, const QString& baseName, bool csv);
};

} // namespace jb::ui
