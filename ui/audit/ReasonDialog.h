#pragma once
// ReasonDialog: asks why personal data is about to be shown or exported in full, when the file requires a reason
// (core/settings/RevealReason.h). Core refuses the reveal or export without one and stores the reason in the audit
// log; this dialog only asks. OK stays disabled until something is typed.

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace jb::core {
class Database;
}

namespace jb::ui {

class ReasonDialog final : public QDialog
{
    Q_OBJECT

public:
    // `what` says what is about to be shown: "the ID number of 张三".
    ReasonDialog(const QString& what, QWidget* parent = nullptr);
    QString reason() const;
    QLineEdit* reasonEdit() const { return m_reason; }

    // When `database` requires a reason, asks for it (into `reason`); false when the officer cancels. When no reason
    // is required, true at once with `reason` empty.
    static bool askIfRequired(const core::Database& database, const QString& what, QWidget* parent, QString& reason);

private:
    QLineEdit* m_reason = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace jb::ui
