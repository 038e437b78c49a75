#pragma once
// IssueFilterModel: shows only the issues of one reason code (all of them while no code is chosen), and sorts
// line numbers as numbers.

#include <QSortFilterProxyModel>

namespace jb::ui {

class IssueFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit IssueFilterModel(QObject* parent = nullptr);

    // An empty code shows every issue.
    void setReasonCode(const QString& code);
    const QString& reasonCode() const { return m_code; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_code;
};

} // namespace jb::ui
