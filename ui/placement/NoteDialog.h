#pragma once
// NoteDialog: asks for a short note before a change that needs one (记录暂不愿就业: what the person said). OK only
// once something is written.

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace jb::ui {

class NoteDialog final : public QDialog
{
    Q_OBJECT

public:
    NoteDialog(const QString& objectName, const QString& title, const QString& prompt, QWidget* parent = nullptr);

    QString note() const;
    QPlainTextEdit* editor() const { return m_note; }

private:
    QPlainTextEdit* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace jb::ui
