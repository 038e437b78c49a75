#pragma once
// TradeSynonymDialog: the officer adds a trade that means the same post as one matching already knows (铲车司机 =
// 叉车工), so matching counts it as the same trade from then on. OK only once both are filled and differ.

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace jb::ui {

class TradeSynonymDialog final : public QDialog
{
    Q_OBJECT

public:
    TradeSynonymDialog(const QString& term, const QString& synonymOf, QWidget* parent = nullptr);

    QString term() const;
    QString synonymOf() const;

private:
    void updateOk();

    QLineEdit* m_term = nullptr;
    QLineEdit* m_of = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace jb::ui
