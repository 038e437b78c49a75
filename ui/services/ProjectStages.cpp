#include "ui/services/ProjectStages.h"

#include "core/services/Projects.h"

namespace jb::ui {

QStringList ProjectStages::all()
{
    return {core::projectstage::candidate, core::projectstage::selected, core::projectstage::supported};
}

QString ProjectStages::name(const QString& stage)
{
    if (stage == core::projectstage::candidate)
        return tr("Candidate");
    if (stage == core::projectstage::selected)
        return tr("Selected high-quality project");
    if (stage == core::projectstage::supported)
        return tr("Supported");
    return tr("Unknown stage");
}

QString ProjectStages::next(const QString& stage)
{
    const QStringList stages = all();
    const auto at = stages.indexOf(stage);
    return at >= 0 && at + 1 < stages.size() ? stages.at(at + 1) : QString();
}

QString ProjectStages::previous(const QString& stage)
{
    const auto at = all().indexOf(stage);
    return at > 0 ? all().at(at - 1) : QString();
}

} // namespace jb::ui
