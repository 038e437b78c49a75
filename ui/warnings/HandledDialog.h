#pragma once
// HandledDialog: 标记已处理 asks why before a warning is marked handled. The reason is required (core refuses an empty
// one) and recorded with the officer's name; the mark is undoable from the Edit menu.

#include <QDialog>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLineEdit;
QT_END_NAMESPACE

namespace jb::ui {

class HandledDialog final : public QDialog
{
    Q_OBJECT

public:
    // `what` and `who` describe the warning being handled.
    HandledDialog(const QString& what, const QString& who, QWidget* parent = nullptr);

    QString reason() const;
    void setReason(const QString& reason);

private:
    QLineEdit* m_reason = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace jb::ui
