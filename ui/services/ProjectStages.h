#pragma once
// The three stages of an entrepreneurship project in the officer's words (候选 / 入选优质项目 / 已扶持), in their
// order, and the stage one step forward or back (the view's two buttons).

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace jb::ui {

class ProjectStages final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStages)

public:
    // Candidate → selected high-quality → supported (core's codes).
    static QStringList all();
    static QString name(const QString& stage);
    // The next or previous stage; empty at either end.
    static QString next(const QString& stage);
    static QString previous(const QString& stage);
};

} // namespace jb::ui
