#include "ui/import/IssueTableModel.h"

#include <QBrush>
#include <QColor>

namespace jb::ui {

IssueTableModel::IssueTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void IssueTableModel::setIssues(QVector<core::ImportIssue> issues)
{
    beginResetModel();
    m_issues = std::move(issues);
    endResetModel();
}

int IssueTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_issues.size());
}

int IssueTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssueTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ImportIssue& issue = m_issues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return issue.line;
        case FileColumnColumn:
            return issue.column;
        case ValueColumn:
            return issue.value;
        case OutcomeColumn:
            switch (issue.severity) {
            case core::IssueSeverity::Rejected:
                return tr("Row not imported");
            case core::IssueSeverity::Warning:
                return tr("Imported, cell left empty");
            case core::IssueSeverity::Skipped:
                return tr("Skipped");
            }
            return {};
        case ReasonColumn:
            return issue.shownText();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn)
            return QString(issue.shownText() + QStringLiteral("\n[") + issue.code + QLatin1Char(']'));
        if (index.column() == ValueColumn)
            return issue.value;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn && issue.severity == core::IssueSeverity::Rejected)
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        if (index.column() == OutcomeColumn && issue.severity == core::IssueSeverity::Warning)
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case kCodeRole:
        return issue.code;
    case kSeverityRole:
        return core::severityKey(issue.severity);
    default:
        return {};
    }
}

QVariant IssueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case FileColumnColumn:
        return tr("Column");
    case ValueColumn:
        return tr("Value");
    case OutcomeColumn:
        return tr("Result");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

QString IssueTableModel::reasonName(const QString& code)
{
    namespace reason = core::reason;
    if (code == reason::missingRequired)
        return tr("Required value missing");
    if (code == reason::idInvalid)
        return tr("ID number invalid");
    if (code == reason::idChecksum)
        return tr("ID check digit wrong");
    if (code == reason::idExcelDamaged)
        return tr("ID number damaged by Excel");
    if (code == reason::phoneInvalid)
        return tr("Phone number invalid");
    if (code == reason::dateInvalid)
        return tr("Date not recognised");
    if (code == reason::genderMismatch)
        return tr("Gender does not match the ID");
    if (code == reason::usccChecksum)
        return tr("Credit code check character wrong");
    if (code == reason::valueUnrecognised)
        return tr("Value not recognised");
    if (code == reason::duplicateInFile)
        return tr("Duplicate row in the file");
    if (code == reason::emptyRow)
        return tr("Empty row");
    return code;
}

} // namespace jb::ui
