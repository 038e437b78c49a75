#pragma once
// ImportScreenshots: drives the import wizard through every page over a small sample list (GBK, a title row,
// a few faulty rows) for `jobbridge --screenshots`, and shows the Import page with the batch it made. It works on
// a scratch copy of the open file, so the officer's file is never imported into; the window reopens the file it
// had afterwards.

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace jb::ui {

class MainWindow;

class ImportScreenshots final
{
    Q_DECLARE_TR_FUNCTIONS(ImportScreenshots)

public:
    // Saves `widget` as <name>.png; false stops the run.
    using Save = std::function<bool(QWidget& widget, const QString& name)>;

    explicit ImportScreenshots(MainWindow& window);

    // Writes import-wizard-file, -preview, -mapping, -check, -run, -result and import-after-import.
    // False with error() on failure.
    bool render(const Save& save);
    const QString& error() const { return m_error; }

    // Writes the sample list the screenshots import (GBK, CRLF, as Chinese Excel saves it).
    static bool writeSampleList(const QString& path);

private:
    bool fail(const QString& message);

    MainWindow& m_window;
    QString m_error;
};

} // namespace jb::ui
